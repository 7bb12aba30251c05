// Everything the options page shows, read from the same storage the worker uses (the page has the
// extension's origin, so it reads storage and the IndexedDB journal directly, no messages needed).
// The one exception is the rules' metadata, which the worker gives (rule-list.ts): it lives with
// the rules' code, and the page must not load the engine.
import browser from 'webextension-polyfill';
import { seenAccounts, type SeenAccount } from '../../background/accounts-seen';
import { UNREADABLE_KEY, type UnreadableEntry } from '../../background/diagnostics';
import { loadPolicyState, updatePolicy, type PolicyState } from '../../background/policy-store';
import { loadSettings, type Settings } from '../../background/settings-store';
import type { Policy } from '../../core/policy/types';
import type { SaveResult } from '../components/SaveBar';

export interface OptionsData {
  state: PolicyState;
  seen: SeenAccount[];
  settings: Settings;
  unreadable: UnreadableEntry[];
}

export async function loadOptionsData(): Promise<OptionsData> {
  const [state, seen, settings, stored] = await Promise.all([
    loadPolicyState({ waitForManaged: true }),
    seenAccounts(),
    loadSettings(),
    browser.storage.local.get(UNREADABLE_KEY),
  ]);
  const unreadable = stored[UNREADABLE_KEY];
  return { state, seen, settings, unreadable: Array.isArray(unreadable) ? (unreadable as UnreadableEntry[]) : [] };
}

/** Replaces one top-level field of the saved policy; all or nothing, the refusal names the field. */
export async function saveField<K extends keyof Policy & string>(key: K, value: Policy[K] | undefined): Promise<SaveResult> {
  const result = await updatePolicy((p) => {
    if (value === undefined) delete p[key];
    else p[key] = structuredClone(value);
  });
  return result.ok ? { ok: true } : result;
}
