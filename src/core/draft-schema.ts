// The shape of a draft as it crosses a boundary (a message from a content script, a CLI line), with
// size caps so that a page or a file cannot hand the engine an unbounded account name. Every check
// carries a message for a person: the CLI reports a bad line with it, after the field's name.
import * as v from 'valibot';
import { oneOf, text } from './policy/schema';
import { DRAFT_CONTEXTS, PLATFORMS, type Draft } from './types';

const capped = (what: string, max: number) =>
  v.pipe(text(what), v.maxLength(max, `expected at most ${max.toLocaleString('en')} characters`));

/** A draft's fields, checked; a CLI line adds its own (id, at) around them. */
export const draftEntries = {
  text: capped('the draft text (a string)', 1_000_000),
  platform: oneOf(PLATFORMS),
  account: v.optional(capped('an account ("@handle" or a page name)', 500)),
  context: oneOf(DRAFT_CONTEXTS),
  replyTo: v.optional(capped('whom the draft answers (a string)', 500)),
  thread: v.optional(v.boolean('expected true or false')),
  audience: v.optional(capped('an audience (a string)', 500)),
  identity: v.optional(oneOf(['person', 'page'] as const)),
};

export const DraftSchema = v.object(draftEntries);

/** The draft, stripped of anything else, or undefined when it is not one. */
export function asDraft(value: unknown): Draft | undefined {
  const r = v.safeParse(DraftSchema, value);
  return r.success ? (r.output as Draft) : undefined;
}
