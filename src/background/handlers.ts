// What the worker does for each method of the message map.
import { resolveAccount } from '../core/policy/account';
import { review } from '../core/review';
import type { Draft } from '../core/types';
import type { ReviewAnswer } from '../shared/messages';
import { loadPolicy } from './policy-store';

export async function handleReview(draft: Draft, now = new Date()): Promise<ReviewAnswer> {
  const policy = await loadPolicy();
  const account = resolveAccount(draft, policy, now);
  return {
    ...review(draft, policy, now),
    account: {
      kind: account.kind,
      ...(account.label ? { label: account.label } : {}),
      ...(account.crisis ? { crisis: account.crisis.topic } : {}),
    },
  };
}
