// Which storage changes the options page shows. Every review writes storage (the tab's status in
// session storage, the account's "last seen" in local storage), and the page used to read
// everything again and re-render whole for each of them (reported at ~45 ms a review, for nothing
// most of the time). It now reloads only when a value it shows differs, as shown.
import type { Storage } from 'webextension-polyfill';
import { ACCOUNTS_SEEN_KEY } from '../../background/accounts-seen';
import { UNREADABLE_KEY } from '../../background/diagnostics';
import { MANAGED_MIRROR, POLICY_KEY } from '../../background/policy-store';
import { SETTINGS_KEY } from '../../background/settings-store';
import type { Platform } from '../../core/types';
import { accountKey } from '../components/account-key';
import { formatWhen } from '../components/labels';

type View = (stored: unknown) => unknown;
const whole: View = (v) => v;

/** Accounts seen, as the page shows them: which accounts (in a fixed order) and "last seen" to the minute. */
const seenAsShown: View = (v) =>
  Array.isArray(v)
    ? v.map((s: { platform: Platform; id: string; lastSeen: string }) => `${accountKey(s.platform, s.id)} ${formatWhen(s.lastSeen)}`).sort()
    : [];

/** Per storage area, the keys the page reads and what of each it shows. */
const SHOWN: Record<string, ReadonlyMap<string, View>> = {
  local: new Map([
    [POLICY_KEY, whole],
    [SETTINGS_KEY, whole],
    [UNREADABLE_KEY, whole],
    [ACCOUNTS_SEEN_KEY, seenAsShown],
  ]),
  // The worker's copy of the organisation's policy.
  session: new Map([[MANAGED_MIRROR, whole]]),
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** True when a storage change alters something the options page shows (when in doubt, true). */
export function optionsShowChange(changes: Record<string, Storage.StorageChange>, area: string): boolean {
  // Every field of the organisation's policy is shown (locked), whatever it is called.
  if (area === 'managed') return Object.keys(changes).length > 0;
  const shown = SHOWN[area];
  if (!shown) return false;
  return Object.entries(changes).some(([key, change]) => {
    const view = shown.get(key);
    if (!view) return false;
    try {
      return !same(view(change.oldValue), view(change.newValue));
    } catch {
      return true; // a value the page cannot make sense of: let the page read it and say so
    }
  });
}
