// A rule tester in the style of ESLint's RuleTester: `valid` drafts must produce no finding above
// info, `invalid` ones exactly the listed findings (category, severity and offsets or excerpt).
import { describe, expect, it } from 'vitest';
import { resolveAccount } from '../../src/core/policy/account';
import { EMPTY_POLICY, type Policy } from '../../src/core/policy/types';
import type { Report, Rule } from '../../src/core/rule';
import { dropAllowed } from '../../src/core/text/allowed';
import type { Category, Draft, Severity } from '../../src/core/types';

export interface Case extends Partial<Omit<Draft, 'text'>> {
  text: string;
  policy?: Partial<Policy>;
  /** ISO time of posting; default 2026-11-20T15:00:00Z (a Friday). */
  now?: string;
  name?: string;
}
export interface Expected {
  severity: Severity;
  category?: Category;
  /** The text the finding points at (draft.slice(start, end)). */
  excerpt?: string;
  start?: number;
  end?: number;
}
export interface InvalidCase extends Case {
  errors: Expected[];
}

const DEFAULT_NOW = '2026-11-20T15:00:00Z';

export function runRule(rule: Rule, c: Case): Report[] {
  const policy: Policy = { ...EMPTY_POLICY, ...c.policy };
  const draft: Draft = { platform: 'x', context: 'post', ...c, text: c.text };
  const now = new Date(c.now ?? DEFAULT_NOW);
  // As the engine runs it: the team's allowed terms silence what falls inside them.
  return dropAllowed(draft.text, policy, rule.check({ draft, text: draft.text, policy, account: resolveAccount(draft, policy, now), now }));
}

const label = (c: Case) => c.name ?? (c.text.length > 70 ? `${c.text.slice(0, 67)}…` : c.text);

export function ruleTester(rule: Rule, cases: { valid: (string | Case)[]; invalid: InvalidCase[] }) {
  describe(`rule ${rule.meta.id}`, () => {
    describe('valid', () => {
      for (const v of cases.valid) {
        const c = typeof v === 'string' ? { text: v } : v;
        it(label(c), () => {
          const loud = runRule(rule, c).filter((r) => (r.severity ?? rule.meta.severity) !== 'info');
          expect(loud.map((r) => ({ excerpt: c.text.slice(r.start ?? 0, r.end ?? 0), message: r.message }))).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(label(c), () => {
          const reports = runRule(rule, c);
          const got = reports.map((r) => ({
            severity: r.severity ?? rule.meta.severity,
            category: rule.meta.category,
            excerpt: c.text.slice(r.start ?? 0, r.end ?? 0),
            start: r.start,
            end: r.end,
          }));
          expect(got).toHaveLength(c.errors.length);
          c.errors.forEach((want, i) => {
            expect(got[i]).toMatchObject(want);
          });
          for (const r of reports) {
            expect(r.message.length).toBeGreaterThan(10);
            if (r.start !== undefined) {
              expect(r.start).toBeGreaterThanOrEqual(0);
              expect(r.end ?? r.start).toBeLessThanOrEqual(c.text.length);
            }
          }
        });
      }
    });
  });
}
