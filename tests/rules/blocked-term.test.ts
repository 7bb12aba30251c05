import { describe, expect, it } from 'vitest';
import { blockedTerm } from '../../src/core/rules/blocked-term';
import { ruleTester, runRule } from './rule-tester';

const policy = {
  blockedTerms: [
    { term: 'Project Falcon', note: 'internal code name, not announced' },
    { term: 'Nimbus Zero' },
  ],
};

ruleTester(blockedTerm, {
  valid: [
    { text: 'Watch the falcons fly over Madrid this morning!', policy },
    { text: 'Our project to fly falcon-free skies.', policy },
    { text: 'Project Falconry club visits our hangar.', policy },
    { text: 'Project Falcon is coming', policy: { ...policy, allowedTerms: ['Project Falcon'] } },
    'Project Falcon is coming (no policy, nothing blocked).',
    { text: 'New on PlayStation and at McDonald\'s this week.', policy: { blockedTerms: [{ term: 'Station' }, { term: 'Donald' }] } },
  ],
  invalid: [
    {
      text: "Can't wait to show you what Project Falcon will do for long-haul comfort!",
      policy,
      errors: [{ severity: 'critical', category: 'policy', excerpt: 'Project Falcon', start: 28, end: 42 }],
    },
    { text: 'project  falcon lands in 2027', policy, errors: [{ severity: 'critical', excerpt: 'project  falcon' }] },
    { text: 'Meet Nimbus Zero.', policy, errors: [{ severity: 'critical', excerpt: 'Nimbus Zero' }] },
    { text: 'Big things coming #ProjectFalcon', policy, errors: [{ severity: 'critical', excerpt: '#ProjectFalcon' }] },
    { text: 'Launch day! #FalconHeavy', policy: { blockedTerms: [{ term: 'Falcon' }] }, errors: [{ severity: 'critical', excerpt: 'Falcon' }] },
    { text: 'Thanks @FalconTeam!', policy: { blockedTerms: [{ term: 'Falcon' }] }, errors: [{ severity: 'critical', excerpt: 'Falcon' }] },
    { text: 'See project_falcon on the roadmap', policy, errors: [{ severity: 'critical', excerpt: 'project_falcon' }] },
    { text: 'Terms with symbols work too: C++ (beta)', policy: { blockedTerms: [{ term: 'C++ (beta)' }] }, errors: [{ severity: 'critical', excerpt: 'C++ (beta)' }] },
  ],
});

describe('blocked-term messages', () => {
  it('gives the note as the reason', () => {
    const [r] = runRule(blockedTerm, { text: 'Project Falcon!', policy });
    expect(r?.message).toContain('internal code name, not announced');
  });
});
