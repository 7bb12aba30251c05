// What the popup shows about the current tab: its status as the worker recorded it (the popup has
// no "tabs" permission, so the tab's URL is not visible to it), that account's policy and its
// latest reviews.
import browser from 'webextension-polyfill';
import { recentEntries, type JournalEntry } from '../../background/journal';
import { loadPolicyState, updatePolicy, type PolicyState } from '../../background/policy-store';
import { tabStatus, type TabStatus } from '../../background/tab-status';
import type { PolicyAccount } from '../../core/policy/types';
import type { Platform } from '../../core/types';
import { setCrisis } from '../components/crisis';
import type { SaveResult } from '../components/SaveBar';
import { accountKey } from '../components/account-key';

/** How many of the account's latest reviews the popup lists. */
export const RECENT_COUNT = 5;
/** How far back the journal is read to find them. */
const SCAN = 500;

/**
 * The tab the popup is about: the active tab of its window. `?tab=<id>` names another tab instead:
 * the browser tests open the popup as an ordinary tab (which then is the active one), and name the
 * tab they mean. Only the extension can open its own pages, so this opens nothing to web pages.
 */
export async function currentTabId(search = location.search): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export interface PopupData {
  status?: TabStatus;
  state: PolicyState;
  /** The detected account's entry in the policy, if it has one. */
  account?: PolicyAccount;
  recent: JournalEntry[];
}

const sameAccount = (platform: Platform, id: string) => (a: { platform: Platform; id?: string }) =>
  a.id !== undefined && accountKey(a.platform, a.id) === accountKey(platform, id);

export async function loadPopupData(): Promise<PopupData> {
  const tabId = await currentTabId();
  const [status, state] = await Promise.all([tabId === undefined ? undefined : tabStatus(tabId), loadPolicyState({ waitForManaged: true })]);
  if (!status?.account) return { ...(status ? { status } : {}), state, recent: [] };
  const { platform, account: id } = status;
  const account = state.policy.accounts.find(sameAccount(platform, id));
  const recent = (await recentEntries(SCAN).catch(() => [])).filter((e) => sameAccount(platform, id)({ platform: e.platform, id: e.account })).slice(0, RECENT_COUNT);
  return { status, state, ...(account ? { account } : {}), recent };
}

/** The quick crisis switch: the account's previous crisis comes back, or a crisis with `defaultTopic`. */
export async function switchCrisis(platform: Platform, id: string, on: boolean, defaultTopic: string): Promise<SaveResult> {
  const result = await updatePolicy((p) => {
    const a = p.accounts.find(sameAccount(platform, id));
    if (a) setCrisis(a, on, defaultTopic, new Date());
  });
  return result.ok ? { ok: true } : result;
}
