// Crisis mode on and off for one account, without losing what the person set up: turning it off
// keeps the crisis under `pausedCrisis` (the policy keeps fields it does not know), turning it on
// brings it back. Pure: edits the account object it is given.
import { resolveAccount } from '../../core/policy/account';
import { isIsoDate } from '../../core/policy/schema';
import { EMPTY_POLICY, type Crisis, type PolicyAccount } from '../../core/policy/types';

/** Crisis mode is on: set, and not past its end date (asked of the engine, which decides it). */
export function crisisActive(account: PolicyAccount, now: Date): boolean {
  if (!account.crisis) return false;
  const draft = { text: '', platform: account.platform, account: account.id, context: 'post' as const };
  return resolveAccount(draft, { ...EMPTY_POLICY, accounts: [account] }, now).crisis !== undefined;
}

/** A stored value that still reads as a crisis (pausedCrisis is not checked by the policy parser). */
export function asCrisis(x: unknown): Crisis | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const c = x as Record<string, unknown>;
  if (typeof c.topic !== 'string' || !c.topic.trim()) return undefined;
  const terms = Array.isArray(c.terms) ? c.terms.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
  const out = { ...c, topic: c.topic, terms } as Crisis;
  if (!(typeof c.until === 'string' && isIsoDate(c.until))) delete out.until;
  return out;
}

export function setCrisis(account: PolicyAccount, on: boolean, defaultTopic: string, now: Date): void {
  if (on) {
    if (crisisActive(account, now)) return;
    const previous = account.crisis ?? asCrisis(account.pausedCrisis);
    account.crisis = previous ? { ...previous } : { topic: defaultTopic, terms: [] };
    delete account.pausedCrisis;
    // Switched on by hand now: an end date already past would switch it off again at once.
    if (!crisisActive(account, now)) delete account.crisis.until;
  } else {
    if (!account.crisis) return;
    account.pausedCrisis = account.crisis;
    delete account.crisis;
  }
}
