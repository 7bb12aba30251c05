// The typed method map between the content script and the worker: one envelope type, answers
// that carry either a value or an error message (errors cross contexts as text).
import type { Draft, Platform, Review } from '../core/types';

export interface ReviewAnswer extends Review {
  /** How the policy sees the posting account, for the overlay's "who is posting" line. */
  account: { kind: 'brand' | 'personal' | 'unknown'; label?: string; crisis?: string };
}

export interface Methods {
  /** Review a draft at the moment of sending. */
  review: { params: Draft; result: ReviewAnswer };
  /** Sent when a composer gets focus, so a stopped worker is running before Post is pressed. */
  wake: { params: null; result: { awake: true } };
  /** A composer the adapter recognised but could not read: which selectors failed (never the text). */
  reportUnreadable: { params: UnreadableReport; result: { recorded: true } };
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
