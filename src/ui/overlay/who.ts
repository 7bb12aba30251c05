// "Posting as Acme Corp (company page) on LinkedIn to Anyone, replying to @jake_r": who is posting
// where, to whom.
import type { Draft } from '../../core/types';
import type { ReviewAnswer } from '../../shared/messages';
import { t } from '../i18n';
import { PLATFORM_NAMES } from '../strings';

export function whoLine(draft: Draft, account?: ReviewAnswer['account']): string {
  const site = PLATFORM_NAMES[draft.platform];
  const notes = [
    ...(account?.label && draft.account ? [draft.account] : []),
    ...(draft.identity === 'page' ? [t(draft.platform === 'linkedin' ? 'who_company_page' : 'who_page')] : []),
    ...(account?.kind === 'brand' ? [t('who_brand')] : account?.kind === 'personal' ? [t('who_personal')] : []),
  ];
  const name = account?.label ?? draft.account;
  let line = name ? t('who_posting_as', notes.length ? `${name} (${notes.join(', ')})` : name, site) : t('who_posting_unknown', site);
  if (draft.audience) line += ` ${t('who_audience', draft.audience)}`;
  if (draft.replyTo) {
    const key = draft.context === 'message' ? 'who_message_to' : draft.context === 'comment' ? 'who_commenting_on' : 'who_replying_to';
    line += `, ${t(key, draft.replyTo)}`;
  }
  return line;
}
