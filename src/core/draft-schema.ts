// The shape of a draft as it crosses a boundary (a message from a content script, a CLI line).
import * as v from 'valibot';
import { DRAFT_CONTEXTS, PLATFORMS, type Draft } from './types';

const optionalText = v.optional(v.pipe(v.string(), v.maxLength(500)));

export const DraftSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(1_000_000)),
  platform: v.picklist(PLATFORMS),
  account: optionalText,
  context: v.picklist(DRAFT_CONTEXTS),
  replyTo: optionalText,
  thread: v.optional(v.boolean()),
  audience: optionalText,
  identity: v.optional(v.picklist(['person', 'page'])),
});

/** The draft, stripped of anything else, or undefined when it is not one. */
export function asDraft(value: unknown): Draft | undefined {
  const r = v.safeParse(DraftSchema, value);
  return r.success ? (r.output as Draft) : undefined;
}
