import type { Draft } from '../types';
import type { AccountMode, Crisis, Policy } from './types';

/** The posting account as the rules see it. Accounts not in the policy are `unknown`: no brand-only rules. */
export interface ResolvedAccount {
  kind: 'brand' | 'personal' | 'unknown';
  mode: AccountMode;
  label?: string;
  /** Present only while crisis mode is on (not past its `until`). */
  crisis?: Crisis;
}

/** One account however it is written: ids match case-insensitively, with or without "@". */
export const normalizeAccountId = (id: string) => id.trim().replace(/^@/, '').toLowerCase();
const normalize = normalizeAccountId;

const DAY_MS = 86_400_000;
/** When crisis mode ends: a bare date ("2026-12-01") means through the end of that day (UTC). */
function crisisEnds(until: string): number {
  const t = Date.parse(until);
  return /^\d{4}-\d{2}-\d{2}$/.test(until.trim()) ? t + DAY_MS : t;
}

export function resolveAccount(draft: Draft, policy: Policy, now: Date): ResolvedAccount {
  const wanted = draft.account ? normalize(draft.account) : undefined;
  const entry = wanted
    ? policy.accounts.find((a) => a.platform === draft.platform && normalize(a.id) === wanted)
    : undefined;
  if (!entry) return { kind: 'unknown', mode: 'guard' };
  const crisisOn = entry.crisis && !(entry.crisis.until && crisisEnds(entry.crisis.until) <= now.getTime());
  return {
    kind: entry.kind,
    mode: entry.mode ?? 'guard',
    ...(entry.label ? { label: entry.label } : {}),
    ...(crisisOn ? { crisis: entry.crisis } : {}),
  };
}
