import { describe, expect, it } from 'vitest';
import { resolveAccount } from '../../src/core/policy/account';
import { EMPTY_POLICY, type Policy, type PolicyAccount } from '../../src/core/policy/types';
import type { Report, Rule, RuleContext } from '../../src/core/rule';
import { review, verdictOf } from '../../src/core/review';
import type { Draft, Severity } from '../../src/core/types';

const NOW = new Date('2026-11-20T15:00:00Z');
const draft = (over: Partial<Draft> = {}): Draft => ({ text: 'Hello there, friends.', platform: 'x', context: 'post', ...over });

/** A rule that reports whatever it is given. */
const fake = (id: string, reports: Report[], severity: Severity = 'warning'): Rule => ({
  meta: { id, category: 'tone', severity, description: 'test rule' },
  check: () => reports,
});

describe('verdict contract', () => {
  const verdictFor = (...severities: Severity[]) =>
    review(draft(), EMPTY_POLICY, NOW, [fake('r', severities.map((severity) => ({ message: 'm', severity })))]).verdict;

  it('clear when nothing is above info', () => {
    expect(verdictFor()).toBe('clear');
    expect(verdictFor('info', 'info')).toBe('clear');
  });
  it('caution when the worst is a warning', () => expect(verdictFor('info', 'warning')).toBe('caution'));
  it('stop when there is a critical finding', () => expect(verdictFor('warning', 'critical', 'info')).toBe('stop'));
  it('verdictOf agrees on an empty list', () => expect(verdictOf([])).toBe('clear'));
});

describe('review()', () => {
  it('fills in rule id, category and the default severity; a report may choose its own', () => {
    const r = review(draft(), EMPTY_POLICY, NOW, [fake('shout', [{ message: 'a', start: 0, end: 5 }, { message: 'b', severity: 'info' }])]);
    expect(r.findings).toEqual([
      { rule: 'shout', category: 'tone', severity: 'warning', message: 'a', start: 0, end: 5 },
      { rule: 'shout', category: 'tone', severity: 'info', message: 'b' },
    ]);
  });

  it('lists the worst first, then by position; a start without an end is a point', () => {
    const r = review(draft(), EMPTY_POLICY, NOW, [
      fake('a', [{ message: 'late warning', start: 9, end: 10 }, { message: 'point', start: 3 }]),
      fake('b', [{ message: 'critical', start: 12, end: 14 }], 'critical'),
    ]);
    expect(r.findings.map((f) => [f.message, f.start, f.end])).toEqual([
      ['critical', 12, 14],
      ['point', 3, 3],
      ['late warning', 9, 10],
    ]);
  });

  it('a rule that throws does not sink the review', () => {
    const broken: Rule = { meta: { id: 'broken', category: 'spelling', severity: 'critical', description: 'x' }, check: () => { throw new Error('boom'); } };
    const r = review(draft(), EMPTY_POLICY, NOW, [broken, fake('ok', [{ message: 'still here' }])]);
    expect(r).toEqual({ verdict: 'caution', findings: [expect.objectContaining({ rule: 'ok', message: 'still here' })] });
  });

  it('runs the real rules on an ordinary post without a finding above info', () => {
    const r = review(draft({ text: 'Our spring timetable is out: more morning flights to Lisbon from 28 March.' }), EMPTY_POLICY, NOW);
    expect(r.verdict).toBe('clear');
  });

  it('gives rules the resolved account and the time of posting', () => {
    let seen: RuleContext | undefined;
    const spy: Rule = { meta: { id: 'spy', category: 'tone', severity: 'info', description: 'x' }, check: (ctx) => ((seen = ctx), []) };
    const policy: Policy = { ...EMPTY_POLICY, accounts: [{ platform: 'x', id: '@Brand', kind: 'brand', label: 'Brand' }] };
    review(draft({ account: 'brand' }), policy, NOW, [spy]);
    expect(seen?.account).toEqual({ kind: 'brand', mode: 'guard', label: 'Brand' });
    expect(seen?.now).toBe(NOW);
    expect(seen?.text).toBe(seen?.draft.text);
  });
});

describe('account resolution', () => {
  const crisis = (until?: string) => ({ topic: 'outage', terms: ['down'], ...(until ? { until } : {}) });
  const accounts: PolicyAccount[] = [
    { platform: 'x', id: '@NimbusAir', kind: 'brand', mode: 'every-post' },
    { platform: 'facebook', id: 'Café Lumbre', kind: 'brand', crisis: crisis('2026-12-01T00:00:00Z') },
    { platform: 'linkedin', id: 'Tom Ortiz', kind: 'personal', crisis: crisis('2026-11-01') },
    { platform: 'x', id: '@qantas', kind: 'brand', crisis: crisis() },
  ];
  const policy: Policy = { ...EMPTY_POLICY, accounts };
  const resolve = (platform: Draft['platform'], account?: string) => resolveAccount(draft({ platform, account }), policy, NOW);

  it('matches ids case-insensitively, with or without @ and spaces', () => {
    for (const id of ['@nimbusair', 'NIMBUSAIR', ' @NimbusAir ']) expect(resolve('x', id)).toMatchObject({ kind: 'brand', mode: 'every-post' });
    expect(resolve('facebook', 'café lumbre').kind).toBe('brand');
  });

  it('an account not in the policy, on another platform or missing is unknown', () => {
    expect(resolve('x', '@someone')).toEqual({ kind: 'unknown', mode: 'guard' });
    expect(resolve('facebook', '@nimbusair')).toEqual({ kind: 'unknown', mode: 'guard' });
    expect(resolve('x')).toEqual({ kind: 'unknown', mode: 'guard' });
  });

  it('crisis mode is on until its `until`, and off after it', () => {
    expect(resolve('facebook', 'Café Lumbre').crisis?.topic).toBe('outage');
    expect(resolve('linkedin', 'Tom Ortiz').crisis).toBeUndefined();
    expect(resolve('linkedin', 'Tom Ortiz').kind).toBe('personal');
    expect(resolve('x', '@Qantas').crisis).toEqual(crisis());
  });

  it('a bare `until` date keeps crisis mode on through the end of that day (UTC)', () => {
    const on = (until: string, at: string) =>
      resolveAccount(draft({ platform: 'x', account: '@q' }), { ...EMPTY_POLICY, accounts: [{ platform: 'x', id: '@q', kind: 'brand', crisis: crisis(until) }] }, new Date(at)).crisis !== undefined;
    expect(on('2026-11-20', '2026-11-20T23:59:00Z')).toBe(true);
    expect(on('2026-11-20', '2026-11-21T00:00:00Z')).toBe(false);
    expect(on('2026-11-20T12:00:00Z', '2026-11-20T12:00:00Z')).toBe(false);
  });
});

describe('many findings', () => {
  it('keeps at most 50 per rule, and the verdict still counts them', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ message: 'm', start: i, end: i + 1, severity: 'critical' as const }));
    const r = review(draft({ text: 'x'.repeat(200_001) }), EMPTY_POLICY, NOW, [fake('loud', many)]);
    expect(r.findings).toHaveLength(50);
    expect(r.verdict).toBe('stop');
  });

  // Rules that check each finding against the earlier ones stop at the cap instead of going quadratic.
  it('a 600,000-character draft of "TBC TBC …" is reviewed quickly', { timeout: 3_000 }, () => {
    const r = review(draft({ text: 'TBC '.repeat(150_000) }), EMPTY_POLICY, NOW);
    expect(r.findings.filter((f) => f.rule === 'placeholder')).toHaveLength(50);
  });

  it('a huge draft of e-mail addresses is reviewed quickly', { timeout: 3_000 }, () => {
    const r = review(draft({ text: 'ana.lopez@gmail.com '.repeat(10_000) }), EMPTY_POLICY, NOW);
    expect(r.findings.filter((f) => f.rule === 'privacy')).toHaveLength(50);
  });
});

describe("a team's per-rule settings", () => {
  const rules = [fake('loud', [{ message: 'm', severity: 'critical' }, { message: 'hint', severity: 'info' }]), fake('other', [{ message: 'm' }])];
  const withRules = (r: Policy['rules']) => review(draft(), { ...EMPTY_POLICY, rules: r }, NOW, rules);

  it('a rule switched off reports nothing', () => {
    expect(withRules({ loud: { enabled: false } }).findings.map((f) => f.rule)).toEqual(['other']);
  });
  it("a rule's severity replaces its warnings and critical findings, never its hints", () => {
    const r = withRules({ loud: { severity: 'warning' } });
    expect(r.findings.filter((f) => f.rule === 'loud').map((f) => f.severity).sort()).toEqual(['info', 'warning']);
    expect(r.verdict).toBe('caution');
  });
});
