// What the journal section shows: filters over the entries, and which rules are noise.
import type { JournalAction, JournalEntry, RuleOverrides } from '../../background/journal';
import type { Platform, Verdict } from '../../core/types';

export interface JournalFilter {
  platform: Platform | '';
  verdict: Verdict | '';
  action: JournalAction | '';
  rule: string;
}

export const NO_FILTER: JournalFilter = { platform: '', verdict: '', action: '', rule: '' };

/** The list shows at most this many entries (the newest that match); export has them all. */
export const SHOW_AT_MOST = 100;

/** A rule overridden in most of at least this many decisions is noise: its warnings teach people to click through. */
export const NOISE = { minShown: 5, share: 0.5 } as const;

export const isNoise = (s: RuleOverrides) => s.shown >= NOISE.minShown && s.overridden / s.shown > NOISE.share;

export function filterEntries(entries: readonly JournalEntry[], f: JournalFilter): JournalEntry[] {
  return entries.filter(
    (e) =>
      (!f.platform || e.platform === f.platform) &&
      (!f.verdict || e.verdict === f.verdict) &&
      (!f.action || e.action === f.action) &&
      (!f.rule || e.findings.some((x) => x.rule === f.rule)),
  );
}

/** Every rule that appears in the journal, for the rule filter. */
export const rulesIn = (entries: readonly JournalEntry[]) => [...new Set(entries.flatMap((e) => e.findings.map((f) => f.rule)))].sort();

/** "This was a mistake" is for posts that went out, once. */
export const canMarkMistake = (e: JournalEntry) => (e.action === 'posted' || e.action === 'posted-anyway') && !e.mistake && e.id !== undefined;

/** A term that was in the post, to suggest for the blocked term or watchlist entry. */
export const suggestedTerm = (e: JournalEntry) => e.findings.find((f) => f.excerpt)?.excerpt ?? '';
