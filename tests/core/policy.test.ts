import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy, parsePolicyText } from '../../src/core/policy/parse';

const account = (over: Record<string, unknown> = {}) => ({ platform: 'x', id: '@brand', kind: 'brand', ...over });
const error = (json: unknown) => {
  const r = parsePolicy(json);
  if (r.ok) throw new Error('expected the policy to be refused');
  return r.error;
};

describe('parsePolicy: valid files', () => {
  const full = {
    version: 1,
    accounts: [
      account({ label: 'Brand', mode: 'every-post', team: 'social', crisis: { topic: 'outage', terms: ['down'], until: '2026-12-01', severity: 'high' } }),
      { platform: 'linkedin', id: 'Tom Ortiz', kind: 'personal' },
    ],
    watchlist: [{ term: 'Casey Anthony', note: 'trial', addedBy: 'ana' }],
    blockedTerms: [{ term: 'Project Falcon' }],
    allowedTerms: ['Scunthorpe'],
    brandDomains: ['example.com'],
    retention: { days: 30 },
  };

  it('round-trips, keeping unknown fields at every level', () => {
    const r = parsePolicy(full);
    expect(r).toEqual({ ok: true, policy: full });
  });

  it('defaults missing lists to []', () => {
    expect(parsePolicy({ version: 1 })).toEqual({
      ok: true,
      policy: { version: 1, accounts: [], watchlist: [], blockedTerms: [], allowedTerms: [], brandDomains: [] },
    });
  });

  it('does not share default lists between policies', () => {
    const a = parsePolicy({ version: 1 });
    const b = parsePolicy({ version: 1 });
    if (!a.ok || !b.ok) throw new Error('unexpected');
    a.policy.allowedTerms.push('x');
    expect(b.policy.allowedTerms).toEqual([]);
  });

  it('lower-cases and trims brand domains', () => {
    const r = parsePolicy({ version: 1, brandDomains: [' NimbusAir.COM ', 'café-lumbre.es'] });
    expect(r.ok && r.policy.brandDomains).toEqual(['nimbusair.com', 'café-lumbre.es']);
  });

  it('reads the shared dev policy', () => {
    const r = parsePolicyText(readFileSync(new URL('../../../shared/corpus/dev-policy.json', import.meta.url), 'utf8'));
    expect(r.ok).toBe(true);
  });
});

describe('parsePolicy: a bad file is refused whole, naming the field', () => {
  const cases: [string, unknown, string][] = [
    ['kind', { version: 1, accounts: [account(), account(), account({ kind: 'company' })] }, 'accounts[2].kind: expected "brand" or "personal"'],
    ['missing kind', { version: 1, accounts: [{ platform: 'x', id: 'a' }] }, 'accounts[0].kind: missing (expected "brand" or "personal")'],
    ['platform', { version: 1, accounts: [account({ platform: 'tiktok' })] }, 'accounts[0].platform: expected "x", "facebook" or "linkedin"'],
    ['mode', { version: 1, accounts: [account({ mode: 'loud' })] }, 'accounts[0].mode: expected "guard", "every-post" or "off"'],
    ['empty id', { version: 1, accounts: [account({ id: ' ' })] }, 'accounts[0].id: expected an account id'],
    ['crisis topic', { version: 1, accounts: [account({ crisis: { terms: [] } })] }, 'accounts[0].crisis.topic: missing'],
    ['crisis terms', { version: 1, accounts: [account({ crisis: { topic: 't', terms: 'strike' } })] }, 'accounts[0].crisis.terms: expected a list'],
    ['crisis until', { version: 1, accounts: [account({ crisis: { topic: 't', terms: [], until: 'next friday' } })] }, 'accounts[0].crisis.until: expected an ISO date'],
    ['impossible date', { version: 1, accounts: [account({ crisis: { topic: 't', terms: [], until: '2026-02-30' } })] }, 'accounts[0].crisis.until: expected an ISO date'],
    ['version', { version: 2 }, 'version: expected 1'],
    ['no version', {}, 'version: missing (expected 1)'],
    ['not an object', [], 'policy: expected an object'],
    ['accounts not a list', { version: 1, accounts: {} }, 'accounts: expected a list'],
    ['account not an object', { version: 1, accounts: ['@brand'] }, 'accounts[0]: expected an object'],
    ['watchlist term', { version: 1, watchlist: [{ term: '' }] }, 'watchlist[0].term: expected a term, not an empty string'],
    ['blocked term', { version: 1, blockedTerms: [{ term: 'ok' }, { note: 'x' }] }, 'blockedTerms[1].term: missing'],
    ['note', { version: 1, watchlist: [{ term: 'a', note: 5 }] }, 'watchlist[0].note: expected a note'],
    ['allowed term', { version: 1, allowedTerms: ['ok', 3] }, 'allowedTerms[1]: expected a term'],
    ['domain with scheme', { version: 1, brandDomains: ['https://example.com/'] }, 'brandDomains[0]: expected a bare host name'],
  ];
  for (const [name, json, message] of cases) {
    it(name, () => expect(error(json)).toContain(message));
  }

  it('counts further problems', () => {
    expect(error({ version: 1, accounts: [account({ kind: 'x', mode: 'y' })] })).toMatch(/\(and 1 more problem\)$/);
  });

  it('is all or nothing: no policy comes back with a refusal', () => {
    const r = parsePolicy({ version: 1, accounts: [account()], brandDomains: ['ok.com', 'not a domain'] });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('brandDomains[1]') });
    expect('policy' in r).toBe(false);
  });

  it('does not change the input', () => {
    const input = { version: 1, brandDomains: ['EXAMPLE.com'], accounts: [account({ kind: 'bad' })] };
    const copy = structuredClone(input);
    parsePolicy(input);
    parsePolicy({ ...input, accounts: [] });
    expect(input).toEqual(copy);
  });
});

describe('parsePolicyText', () => {
  it('reports invalid JSON clearly', () => {
    const r = parsePolicyText('{"version": 1,');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^policy is not valid JSON: /);
  });
  it('accepts a byte-order mark', () => {
    expect(parsePolicyText('\uFEFF{"version": 1}').ok).toBe(true);
  });
  it('validates after parsing', () => {
    expect(parsePolicyText('{"version": "1"}')).toEqual({ ok: false, error: 'version: expected 1' });
  });
});

describe('per-rule settings in the policy', () => {
  it('accepts on/off and a severity per rule id', () => {
    const r = parsePolicy({ version: 1, rules: { tone: { enabled: false }, link: { severity: 'info' } } });
    expect(r.ok && r.policy.rules).toEqual({ tone: { enabled: false }, link: { severity: 'info' } });
  });
  it('names a bad severity', () => {
    const r = parsePolicy({ version: 1, rules: { link: { severity: 'loud' } } });
    expect(r.ok ? '' : r.error).toBe('rules.link.severity: expected "info", "warning" or "critical"');
  });
});
