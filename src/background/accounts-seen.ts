// Every account the adapters have seen posting, so the options page can list them for the person
// to mark brand or personal, and so a new account is asked about once.
import browser from 'webextension-polyfill';
import { normalizeAccountId } from '../core/policy/account';
import type { Platform } from '../core/types';

export const ACCOUNTS_SEEN_KEY = 'accountsSeen';
const KEEP = 200;

export interface SeenAccount {
  platform: Platform;
  id: string;
  firstSeen: string;
  lastSeen: string;
  /** The first-time question (brand or personal?) was shown, answered or skipped. */
  asked?: boolean;
}

const same = (a: { platform: Platform; id: string }, b: { platform: Platform; id: string }) =>
  a.platform === b.platform && normalizeAccountId(a.id) === normalizeAccountId(b.id);

export async function seenAccounts(): Promise<SeenAccount[]> {
  const stored = (await browser.storage.local.get(ACCOUNTS_SEEN_KEY))[ACCOUNTS_SEEN_KEY];
  return Array.isArray(stored) ? (stored as SeenAccount[]) : [];
}

/** Records that `id` posted now; returns its record as it was before (undefined the first time). */
export async function noteAccount(platform: Platform, id: string, now = new Date()): Promise<SeenAccount | undefined> {
  const all = await seenAccounts();
  const before = all.find((a) => same(a, { platform, id }));
  const entry: SeenAccount = { ...(before ?? { platform, id, firstSeen: now.toISOString() }), lastSeen: now.toISOString() };
  await browser.storage.local.set({ [ACCOUNTS_SEEN_KEY]: [entry, ...all.filter((a) => a !== before)].slice(0, KEEP) });
  return before;
}

export async function markAsked(platform: Platform, id: string): Promise<void> {
  const all = await seenAccounts();
  await browser.storage.local.set({ [ACCOUNTS_SEEN_KEY]: all.map((a) => (same(a, { platform, id }) ? { ...a, asked: true } : a)) });
}
