// Policy file v1: the one format for the options page, managed storage and the CLI.
import type { Platform, Severity } from '../types';

export type AccountKind = 'brand' | 'personal';
export type AccountMode = 'guard' | 'every-post' | 'off';

export interface Crisis {
  topic: string;
  terms: string[];
  /** ISO date; crisis mode ends by itself after it. */
  until?: string;
}

export interface PolicyAccount {
  platform: Platform;
  /** "@handle" on X, a person or page name elsewhere; matched case-insensitively. */
  id: string;
  kind: AccountKind;
  label?: string;
  mode?: AccountMode;
  crisis?: Crisis;
  [unknown: string]: unknown;
}

export interface TermNote {
  term: string;
  note?: string;
  [unknown: string]: unknown;
}

/** A team's setting for one rule: off, or a different severity for what it flags. */
export interface RuleSetting {
  enabled?: boolean;
  /** Replaces the severity of the rule's warnings and critical findings (hints stay hints). */
  severity?: Severity;
  [unknown: string]: unknown;
}

export interface Policy {
  version: 1;
  accounts: PolicyAccount[];
  watchlist: TermNote[];
  blockedTerms: TermNote[];
  allowedTerms: string[];
  brandDomains: string[];
  /** Per-rule settings by rule id; rules not listed run as shipped. */
  rules?: Record<string, RuleSetting>;
  [unknown: string]: unknown;
}

export const EMPTY_POLICY: Policy = {
  version: 1,
  accounts: [],
  watchlist: [],
  blockedTerms: [],
  allowedTerms: [],
  brandDomains: [],
};
