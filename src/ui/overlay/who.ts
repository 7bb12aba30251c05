// "Posting as @nimbusair (brand account) on X, replying to @jake_r": who is posting where, to whom.
import type { Draft } from '../../core/types';
import type { ReviewAnswer } from '../../shared/messages';
import { PLATFORM_NAMES, strings } from '../strings';

export function whoLine(draft: Draft, account?: ReviewAnswer['account']): string {
  const site = PLATFORM_NAMES[draft.platform];
  const kind = account && account.kind !== 'unknown' ? strings[account.kind] : undefined;
  const name = account?.label && draft.account ? `${account.label} (${draft.account}${kind ? `, ${kind}` : ''})` : draft.account && (kind ? `${draft.account} (${kind})` : draft.account);
  let line = name ? `Posting as ${name} on ${site}` : `Posting on ${site} (account not detected)`;
  if (draft.audience) line += ` to ${draft.audience}`;
  if (draft.replyTo) {
    const verb = draft.context === 'message' ? 'message to' : draft.context === 'comment' ? 'commenting on a post by' : 'replying to';
    line += `, ${verb} ${draft.replyTo}`;
  }
  return line;
}
