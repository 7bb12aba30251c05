// The team's policy, read from extension storage at each review: an MV3 worker may be stopped at
// any moment, so nothing that matters lives only in memory.
import browser from 'webextension-polyfill';
import { EMPTY_POLICY, type Policy } from '../core/policy/types';

export const POLICY_KEY = 'policy';

export async function loadPolicy(): Promise<Policy> {
  const stored = (await browser.storage.local.get(POLICY_KEY))[POLICY_KEY];
  return stored && typeof stored === 'object' ? { ...EMPTY_POLICY, ...(stored as Partial<Policy>) } : EMPTY_POLICY;
}
