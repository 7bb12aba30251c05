// Names people read for the policy's and journal's values, in the browser's language.
import type { AccountKind, AccountMode } from '../../core/policy/types';
import type { DraftContext, Severity, Verdict } from '../../core/types';
import type { JournalAction } from '../../background/journal';
import { t } from '../i18n';

export { PLATFORM_NAMES } from '../strings';

export const modeLabel = (m: AccountMode) =>
  ({ guard: t('options_mode_guard'), 'every-post': t('options_mode_every_post'), off: t('options_mode_off') })[m];

export const kindLabel = (k: AccountKind) => ({ brand: t('options_kind_brand'), personal: t('options_kind_personal') })[k];

export const verdictLabel = (v: Verdict) =>
  ({ clear: t('options_verdict_clear'), caution: t('options_verdict_caution'), stop: t('options_verdict_stop') })[v];

export const actionLabel = (a: JournalAction) =>
  ({
    pending: t('options_action_pending'),
    posted: t('options_action_posted'),
    'posted-anyway': t('options_action_posted_anyway'),
    edited: t('options_action_edited'),
    left: t('options_action_left'),
  })[a];

export const contextLabel = (c: DraftContext) =>
  ({ post: t('options_context_post'), reply: t('options_context_reply'), comment: t('options_context_comment'), message: t('options_context_message') })[c];

export const severityLabel = (s: Severity) =>
  ({ info: t('options_severity_info'), warning: t('options_severity_warning'), critical: t('options_severity_critical') })[s];

/** "21 Nov 2026, 14:05" in the browser's language. */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
