// The contract every rule in core/rules/ follows (ESLint-style `meta` + a pure `check`).
import type { ResolvedAccount } from './policy/account';
import type { Policy } from './policy/types';
import type { Category, Draft, Severity } from './types';

/** More findings than this from one rule tell a person nothing more (and a 600 KB draft of
 * "TBC TBC …" must not take seconds): the engine keeps this many per rule, and a rule that checks
 * each new finding against the earlier ones stops collecting there. */
export const MAX_FINDINGS_PER_RULE = 50;

export interface RuleMeta {
  /** Equals the rule's file name. */
  id: string;
  category: Category;
  /** Severity when the rule reports without choosing one. */
  severity: Severity;
  /** What the rule looks for, for the options page and docs. */
  description: string;
}

export interface RuleContext {
  draft: Draft;
  /** The draft's text (same as draft.text). */
  text: string;
  policy: Policy;
  account: ResolvedAccount;
  /** When the post goes out. */
  now: Date;
}

/** What a rule reports; the engine adds rule id and category, and the default severity. */
export interface Report {
  start?: number;
  end?: number;
  message: string;
  severity?: Severity;
  suggestion?: string;
}

/** Whether any of the reports covers part of start–end (one without offsets covers nothing). */
export const overlapsAny = (reports: readonly Report[], start: number, end: number): boolean =>
  reports.some((r) => r.start !== undefined && r.end !== undefined && start < r.end && r.start < end);

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Report[];
}
