// Policy file v1 as a valibot schema. Every check carries a message for a person editing the file
// by hand; parse.ts prefixes it with the field's path (`accounts[2].kind: expected …`).
import * as v from 'valibot';
import { PLATFORMS } from '../types';
import { re } from '../text/letters';

/** `expected "a", "b" or "c"`: the allowed values, quoted, as a person would list them. */
export const expectedOneOf = (values: readonly (string | number)[]) => {
  const quoted = values.map((x) => JSON.stringify(x));
  return `expected ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0]}`;
};

export const oneOf = <const T extends readonly string[]>(values: T) => v.picklist(values, expectedOneOf(values));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A calendar-valid ISO 8601 date or date-time (Date.parse alone accepts 2026-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m || Number.isNaN(Date.parse(s))) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

export const isoDate = v.pipe(
  v.string('expected an ISO date such as "2026-12-01" or "2026-12-01T18:00:00Z"'),
  v.check(isIsoDate, 'expected an ISO date such as "2026-12-01" or "2026-12-01T18:00:00Z"'),
);

export const text = (what = 'text') => v.string(`expected ${what}`);
export const nonEmpty = (what = 'text') =>
  v.pipe(v.string(`expected ${what}`), v.check((s) => s.trim() !== '', `expected ${what}, not an empty string`));

/** A list; missing means empty. */
export const list = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item, 'expected a list'), () => []);

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * An object that keeps fields it does not know (a newer version's, a team's own notes). A missing
 * required field is reported with what was expected there.
 */
export function record<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'expected an object'),
    v.looseObject(entries, (issue) => {
      const key = issue.path?.at(-1)?.key;
      const inner = typeof key === 'string' ? entries[key] : undefined;
      const wanted = inner ? v.safeParse(inner, undefined).issues?.[0]?.message : undefined;
      return wanted ? `missing (${wanted})` : 'missing';
    }),
  );
}

// Host names only: the link rule compares them with the hosts it finds, so "https://x.com/" would
// silently never match.
const HOST = re('u')`^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$`;
const hostName = v.pipe(
  v.string('expected a host name such as "example.com"'),
  v.trim(),
  v.toLowerCase(),
  v.check((s) => HOST.test(s), 'expected a bare host name such as "example.com" (no scheme, path or port)'),
);

const termNote = record({
  term: nonEmpty('a term'),
  note: v.optional(text('a note')),
});

const crisis = record({
  topic: nonEmpty('a topic'),
  terms: list(nonEmpty('a term')),
  until: v.optional(isoDate),
});

const account = record({
  platform: oneOf(PLATFORMS),
  id: nonEmpty('an account id ("@handle" or a page name)'),
  kind: oneOf(['brand', 'personal'] as const),
  label: v.optional(text('a label')),
  mode: v.optional(oneOf(['guard', 'every-post', 'off'] as const)),
  crisis: v.optional(crisis),
});

const ruleSetting = record({
  enabled: v.optional(v.boolean('expected true or false')),
  severity: v.optional(oneOf(['info', 'warning', 'critical'] as const)),
});

export const policySchema = record({
  version: v.literal(1, 'expected 1'),
  accounts: list(account),
  watchlist: list(termNote),
  blockedTerms: list(termNote),
  allowedTerms: list(nonEmpty('a term')),
  brandDomains: list(hostName),
  rules: v.optional(v.record(v.string(), ruleSetting, 'expected an object of rule ids')),
});
