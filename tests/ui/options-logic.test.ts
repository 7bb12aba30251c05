// The options page's logic, apart from its components: accounts list, rule settings, journal view.
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../src/background/journal';
import { parseTerms } from '../../src/ui/components/TermsInput';
import { accountRows, rowsToAccounts } from '../../src/ui/options/accounts';
import { canMarkMistake, filterEntries, isNoise, NO_FILTER, rulesIn, suggestedTerm } from '../../src/ui/options/journal-view';
import { ruleEnabled, ruleSeverity, withRuleSetting } from '../../src/ui/options/rule-settings';

describe('accounts list', () => {
  const policy = [{ platform: 'x' as const, id: '@NimbusAir', kind: 'brand' as const }];
  const seen = [
    { platform: 'x' as const, id: 'nimbusair', firstSeen: '', lastSeen: '' },
    { platform: 'linkedin' as const, id: 'Nimbus Air', firstSeen: '', lastSeen: '' },
    { platform: 'x' as const, id: 'Nimbus Air', firstSeen: '', lastSeen: '' },
  ];
  it('lists policy accounts first, then accounts seen that the policy does not know (same id rules as the engine)', () => {
    const rows = accountRows(policy, seen);
    expect(rows.map((r) => [r.platform, r.id, r.account?.kind])).toEqual([
      ['x', '@NimbusAir', 'brand'],
      ['linkedin', 'Nimbus Air', undefined],
      ['x', 'Nimbus Air', undefined],
    ]);
  });
  it('saves only the accounts whose kind is set', () => {
    expect(rowsToAccounts(accountRows(policy, seen))).toEqual(policy);
  });
});

describe('rule settings', () => {
  it('writes only what differs from the shipped rule', () => {
    let r = withRuleSetting({}, 'length', { enabled: false });
    expect(r).toEqual({ length: { enabled: false } });
    r = withRuleSetting(r, 'length', { severity: 'info' });
    expect(r).toEqual({ length: { enabled: false, severity: 'info' } });
    r = withRuleSetting(r, 'length', { enabled: true, severity: 'default' });
    expect(r).toEqual({});
    expect(ruleEnabled(r, 'length')).toBe(true);
    expect(ruleSeverity(r, 'length')).toBe('default');
  });
  it('keeps fields of a rule setting it does not know', () => {
    expect(withRuleSetting({ link: { why: 'team note', enabled: false } }, 'link', { enabled: true })).toEqual({ link: { why: 'team note' } });
  });
});

describe('journal view', () => {
  const entry = (e: Partial<JournalEntry>): JournalEntry => ({
    id: 1,
    at: '2026-11-21T10:00:00Z',
    platform: 'x',
    context: 'post',
    verdict: 'caution',
    mode: 'guard',
    findings: [],
    action: 'posted-anyway',
    ...e,
  });
  const a = entry({ findings: [{ rule: 'link', category: 'link', severity: 'warning', excerpt: 'intranet.local' }] });
  const b = entry({ id: 2, platform: 'linkedin', verdict: 'stop', action: 'edited', findings: [{ rule: 'placeholder', category: 'placeholder', severity: 'critical' }] });

  it('filters by site, verdict, action and rule', () => {
    expect(filterEntries([a, b], NO_FILTER)).toEqual([a, b]);
    expect(filterEntries([a, b], { ...NO_FILTER, platform: 'linkedin' })).toEqual([b]);
    expect(filterEntries([a, b], { ...NO_FILTER, verdict: 'caution', action: 'posted-anyway' })).toEqual([a]);
    expect(filterEntries([a, b], { ...NO_FILTER, rule: 'placeholder' })).toEqual([b]);
    expect(rulesIn([a, b])).toEqual(['link', 'placeholder']);
  });
  it('offers "This was a mistake" once, on posts that went out, with a term from the findings', () => {
    expect(canMarkMistake(a)).toBe(true);
    expect(canMarkMistake(b)).toBe(false);
    expect(canMarkMistake({ ...a, mistake: 'done' })).toBe(false);
    expect(suggestedTerm(a)).toBe('intranet.local');
  });
  it('calls a rule noise when it is overridden most of the time, and only with enough decisions', () => {
    expect(isNoise({ rule: 'x', shown: 5, overridden: 3 })).toBe(true);
    expect(isNoise({ rule: 'x', shown: 4, overridden: 4 })).toBe(false);
    expect(isNoise({ rule: 'x', shown: 10, overridden: 5 })).toBe(false);
  });
});

describe('terms typed in one field', () => {
  it('splits on commas and new lines, dropping empty ones', () => {
    expect(parseTerms(' outage, delay ,,\nrefund, ')).toEqual(['outage', 'delay', 'refund']);
  });
});
