// The accounts list: every account in the policy, then every account seen posting that the policy
// does not know yet (kind "not set": it is saved once the person marks it brand or personal).
import type { SeenAccount } from '../../background/accounts-seen';
import type { PolicyAccount } from '../../core/policy/types';
import type { Platform } from '../../core/types';
import { accountKey } from '../components/account-key';

export interface AccountRow {
  key: string;
  platform: Platform;
  id: string;
  /** Its entry in the policy; undefined while its kind is not set. */
  account?: PolicyAccount;
}

export function accountRows(accounts: readonly PolicyAccount[], seen: readonly Pick<SeenAccount, 'platform' | 'id'>[]): AccountRow[] {
  const rows: AccountRow[] = accounts.map((a) => ({ key: accountKey(a.platform, a.id), platform: a.platform, id: a.id, account: a }));
  const known = new Set(rows.map((r) => r.key));
  // Seen accounts in a fixed order (not most recent first): a review in another tab reorders the
  // stored list, and that must not reshuffle, or reset, the rows someone is editing.
  const bySiteAndId = [...seen].sort((a, b) => accountKey(a.platform, a.id).localeCompare(accountKey(b.platform, b.id)));
  for (const s of bySiteAndId) {
    const key = accountKey(s.platform, s.id);
    if (known.has(key)) continue;
    known.add(key);
    rows.push({ key, platform: s.platform, id: s.id });
  }
  return rows;
}

export const rowsToAccounts = (rows: readonly AccountRow[]): PolicyAccount[] => rows.flatMap((r) => (r.account ? [r.account] : []));

/** "last seen" per account key, for display only (kept out of the editable rows). */
export const lastSeenByKey = (seen: readonly SeenAccount[]) => new Map(seen.map((s) => [accountKey(s.platform, s.id), s.lastSeen]));
