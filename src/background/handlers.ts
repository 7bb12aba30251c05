// What the worker does for each method of the message map.
import { normalizeAccountId, resolveAccount } from '../core/policy/account';
import { review } from '../core/review';
import type { RuleMeta } from '../core/rule';
import { rules } from '../core/rules';
import type { Draft, Platform } from '../core/types';
import type { Outcome, ReviewAnswer } from '../shared/messages';
import { markAsked, noteAccount } from './accounts-seen';
import { scheduleCrisisReminder } from './crisis-reminder';
import { addEntry, replaceEntry, updateEntry, type JournalEntry } from './journal';
import { loadPolicyState, updatePolicy } from './policy-store';
import { loadSettings } from './settings-store';
import { setTabStatus } from './tab-status';

const EXCERPT_MAX = 120;

/**
 * `replaces`: the journal entry of an earlier review of the same post (redone after the first-time question).
 *
 * The answer goes back once every write of the review is done (tab status, accounts seen, journal),
 * not before: the journal entry's id is part of the answer, and a worker stopped right after
 * answering (an update, a crash, the browser closing) must not leave a post that went out without
 * its entry, nor a first-time question asked twice. The writes run side by side, not one after
 * the other: the tab status from the start, the account while the engine runs, the journal entry
 * when the engine is done.
 */
export async function handleReview(draft: Draft, tabId?: number, now = new Date(), replaces?: number): Promise<ReviewAnswer> {
  /** Writes under way: the answer, or the error, goes back once they have settled. */
  const writes: Promise<unknown>[] = [];
  try {
    // Bookkeeping writes (tab status, accounts seen) never stand between a person and a review: with
    // storage full or failing they are skipped, and the review goes on (it used to fail whole, and
    // every post met "review unavailable").
    if (tabId !== undefined)
      writes.push(setTabStatus(tabId, { platform: draft.platform, account: draft.account, readable: true, at: now.toISOString() }).catch(() => undefined));
    const [{ policy }, settings] = await Promise.all([loadPolicyState(), loadSettings()]);
    const account = resolveAccount(draft, policy, now);
    const crisis = account.crisis?.topic;
    const answerAccount = { kind: account.kind, ...(account.label ? { label: account.label } : {}), ...(crisis ? { crisis } : {}) };
    if (account.mode === 'off') return { verdict: 'clear', findings: [], account: answerAccount, mode: 'off', cooldownSeconds: 0 };

    // Started before the engine runs: storage works while the engine does.
    const seen = draft.account
      ? noteAccount(draft.platform, draft.account, now).then(
          (before) => ({ noted: true, before }),
          () => ({ noted: false, before: undefined }),
        )
      : Promise.resolve({ noted: true, before: undefined });
    writes.push(seen);
    const result = review(draft, policy, now);
    // Only a post from an account the policy does not know can bring the first-time question, and
    // only then does the journal entry wait for the account to be written down.
    let askKind = false;
    if (settings.askAboutNewAccounts && draft.account && account.kind === 'unknown') {
      const { noted, before } = await seen;
      // An account that could not be written down is not asked about: the answer could not be kept either.
      askKind = noted && !before?.asked;
    }
    // A clean post in guard mode goes straight out: it is journaled as posted at once.
    const straightOut = result.verdict === 'clear' && account.mode === 'guard' && !crisis && !askKind;
    const entry: JournalEntry = {
      at: now.toISOString(),
      platform: draft.platform,
      ...(draft.account ? { account: draft.account } : {}),
      context: draft.context,
      ...(draft.replyTo ? { replyTo: draft.replyTo } : {}),
      verdict: result.verdict,
      mode: account.mode,
      ...(crisis ? { crisis } : {}),
      findings: result.findings.map((f) => ({
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        ...(f.start !== undefined ? { excerpt: draft.text.slice(f.start, f.end).slice(0, EXCERPT_MAX) } : {}),
      })),
      action: straightOut ? 'posted' : 'pending',
      ...(settings.keepDraftText ? { text: draft.text } : {}),
    };
    let reviewId: number | undefined;
    try {
      reviewId = replaces === undefined ? await addEntry(entry, settings.journalLimit) : await replaceEntry(replaces, entry, settings.journalLimit);
    } catch {
      reviewId = undefined; // a journal that cannot be written never stands between a person and a post
    }
    return {
      ...result,
      account: answerAccount,
      mode: crisis ? 'every-post' : account.mode,
      ...(reviewId !== undefined ? { reviewId } : {}),
      ...(askKind ? { askKind } : {}),
      cooldownSeconds: crisis ? settings.crisisCooldownSeconds : 0,
    };
  } finally {
    await Promise.all(writes);
  }
}

export async function handleOutcome(reviewId: number, action: Outcome): Promise<void> {
  await updateEntry(reviewId, { action });
  if (action === 'posted' || action === 'posted-anyway') await scheduleCrisisReminder(reviewId);
}

export async function handleAccountKind(platform: Platform, id: string, kind: 'brand' | 'personal' | 'skip'): Promise<void> {
  await markAsked(platform, id);
  if (kind === 'skip') return;
  const result = await updatePolicy((p) => {
    if (!p.accounts.some((a) => a.platform === platform && normalizeAccountId(a.id) === normalizeAccountId(id))) p.accounts.push({ platform, id, kind });
  });
  if (!result.ok) throw new Error(result.error);
}

/** Every rule's metadata, in the engine's order: what the options page lists (it does not load the engine itself). */
export function handleRuleList(): RuleMeta[] {
  return rules.map((r) => ({ ...r.meta }));
}
