// The typed method map between the content script and the worker: one envelope type, answers
// that carry either a value or an error message (errors cross contexts as text).
import type { AccountMode } from '../core/policy/types';
import type { RuleMeta } from '../core/rule';
import type { Draft, Platform, Review } from '../core/types';

export interface ReviewAnswer extends Review {
  /** How the policy sees the posting account, for the overlay's "who is posting" line. */
  account: { kind: 'brand' | 'personal' | 'unknown'; label?: string; crisis?: string };
  /** guard: the overlay only for risky drafts; every-post: always; off: never. */
  mode: AccountMode;
  /** The journal entry of this review, for reporting what the person did. */
  reviewId?: number;
  /** The first post from an account the policy does not know: ask once, brand or personal? */
  askKind?: boolean;
  /** Crisis mode: how long Post anyway waits before it can be pressed ("do not rush"). */
  cooldownSeconds: number;
}

/** What the person did with a held post. */
export type Outcome = 'posted' | 'posted-anyway' | 'edited' | 'left';

export interface Methods {
  /** Review a draft at the moment of sending. */
  review: { params: Draft & { replaces?: number }; result: ReviewAnswer };
  /** Sent when a composer gets focus, so a stopped worker is running before Post is pressed. */
  wake: { params: null; result: { awake: true } };
  /** What the person did with a reviewed post (for the journal and the crisis reminder). */
  outcome: { params: { reviewId: number; action: Outcome }; result: { recorded: true } };
  /** The answer to the first-time question about an account; "skip" only stops asking. */
  setAccountKind: { params: { platform: Platform; id: string; kind: 'brand' | 'personal' | 'skip' }; result: { saved: true } };
  /** A composer the adapter recognised but could not read: which selectors failed (never the text). */
  reportUnreadable: { params: UnreadableReport; result: { recorded: true } };
  /** Every rule's metadata in the engine's order, for the options page (extension pages only). */
  ruleList: { params: null; result: RuleMeta[] };
}

export interface UnreadableReport {
  platform: Platform;
  kind: string;
  missing: string[];
  path: string;
}
export type Method = keyof Methods;

export interface Envelope<M extends Method = Method> {
  app: 'second-look';
  method: M;
  params: Methods[M]['params'];
}

export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

export function envelope<M extends Method>(method: M, params: Methods[M]['params']): Envelope<M> {
  return { app: 'second-look', method, params };
}
