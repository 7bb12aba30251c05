// One line of a drafts file (JSON lines), checked before it reaches the engine. Shared by the CLI
// and the eval so both read drafts the same way. Fields the line does not need (a corpus's
// `expect`, `note`) are ignored.
import * as v from 'valibot';
import { describeIssues } from '../core/policy/parse';
import { isoDate, oneOf, record, text } from '../core/policy/schema';
import { DRAFT_CONTEXTS, PLATFORMS, type Draft } from '../core/types';

const draftLine = record({
  id: v.union([v.string(), v.number()], 'expected a string or a number'),
  text: text('the draft text (a string)'),
  platform: oneOf(PLATFORMS),
  account: v.optional(text('an account ("@handle" or a page name)')),
  context: oneOf(DRAFT_CONTEXTS),
  replyTo: v.optional(text('whom the draft answers (a string)')),
  thread: v.optional(v.boolean('expected true or false')),
  audience: v.optional(text('an audience (a string)')),
  identity: v.optional(oneOf(['person', 'page'] as const)),
  /** When it is posted. */
  at: v.optional(isoDate),
});

export type Id = string | number | null;
export type DraftLine = { id: Id; draft: Draft; at?: Date } | { id: Id; error: string };

export function parseDraftLine(line: string): DraftLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `not valid JSON: ${(e as Error).message}` };
  }
  const rawId = (json as { id?: unknown } | null)?.id;
  const id: Id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const result = v.safeParse(draftLine, json);
  if (!result.success) {
    return { id, error: describeIssues(result.issues, 'draft') };
  }
  const { text, platform, account, context, replyTo, thread, audience, identity, at } = result.output;
  const draft: Draft = { text, platform, context };
  Object.assign(draft, defined({ account, replyTo, thread, audience, identity }));
  return { id, draft, ...(at ? { at: new Date(at) } : {}) };
}

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined));

/** Lines of a JSON-lines file, numbered from 1; blank lines skipped, a BOM and CRs tolerated. */
export function* jsonLines(content: string): Generator<{ n: number; line: string }> {
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() !== '') yield { n: i + 1, line };
  }
}
