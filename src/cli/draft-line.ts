// One line of a drafts file (JSON lines), checked before it reaches the engine. Shared by the CLI
// and the eval so both read drafts the same way. The draft's own fields are the core's (the same
// checks and size caps as a draft from the browser); the line adds `id` and `at`. Other fields (a
// corpus's `expect`, `note`) are ignored.
import * as v from 'valibot';
import { DraftSchema, draftEntries } from '../core/draft-schema';
import { describeIssues } from '../core/policy/parse';
import { isoDate, record } from '../core/policy/schema';
import type { Draft } from '../core/types';

const draftLine = record({
  id: v.union([v.string(), v.number()], 'expected a string or a number'),
  ...draftEntries,
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
  // Already checked: the draft schema only leaves out the line's own fields.
  const draft: Draft = v.parse(DraftSchema, result.output);
  const { at } = result.output;
  return { id, draft, ...(at ? { at: new Date(at) } : {}) };
}

/** Lines of a JSON-lines file, numbered from 1; blank lines skipped, a BOM and CRs tolerated. */
export function* jsonLines(content: string): Generator<{ n: number; line: string }> {
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() !== '') yield { n: i + 1, line };
  }
}
