// The quick crisis switch (popup and options): off keeps the crisis for later, on brings it back.
import { describe, expect, it } from 'vitest';
import type { PolicyAccount } from '../../src/core/policy/types';
import { asCrisis, crisisActive, setCrisis } from '../../src/ui/components/crisis';

const NOW = new Date('2026-11-21T12:00:00Z');
const base = (): PolicyAccount => ({ platform: 'x', id: '@nimbusair', kind: 'brand', note: 'kept' });
const OUTAGE = { topic: 'Outage', terms: ['outage', 'delay'], until: '2026-12-01' };

describe('crisis switch', () => {
  it('off moves the crisis to pausedCrisis, on brings it back unchanged', () => {
    const a = { ...base(), crisis: structuredClone(OUTAGE) };
    setCrisis(a, false, 'Crisis', NOW);
    expect(a).toEqual({ ...base(), pausedCrisis: OUTAGE });
    expect(crisisActive(a, NOW)).toBe(false);
    setCrisis(a, true, 'Crisis', NOW);
    expect(a).toEqual({ ...base(), crisis: OUTAGE });
    expect(crisisActive(a, NOW)).toBe(true);
  });

  it('on without a previous crisis starts one with the default topic', () => {
    const a = base();
    setCrisis(a, true, 'Crisis', NOW);
    expect(a.crisis).toEqual({ topic: 'Crisis', terms: [] });
  });

  it('switched on by hand, an end date already past is dropped (it would end at once)', () => {
    const a = { ...base(), pausedCrisis: { ...OUTAGE, until: '2026-11-01' } };
    setCrisis(a, true, 'Crisis', NOW);
    expect(a.crisis).toEqual({ topic: 'Outage', terms: ['outage', 'delay'] });
    expect(crisisActive(a, NOW)).toBe(true);
  });

  it('an ended crisis is not active; a bare end date lasts through that day', () => {
    expect(crisisActive({ ...base(), crisis: { ...OUTAGE, until: '2026-11-20' } }, NOW)).toBe(false);
    expect(crisisActive({ ...base(), crisis: { ...OUTAGE, until: '2026-11-21' } }, NOW)).toBe(true);
  });

  it('twice on or twice off changes nothing', () => {
    const a = { ...base(), crisis: structuredClone(OUTAGE) };
    setCrisis(a, true, 'Crisis', NOW);
    expect(a.crisis).toEqual(OUTAGE);
    const b = base();
    setCrisis(b, false, 'Crisis', NOW);
    expect(b).toEqual(base());
  });

  it('a damaged pausedCrisis is not brought back as is', () => {
    expect(asCrisis({ topic: '  ' })).toBeUndefined();
    expect(asCrisis('outage')).toBeUndefined();
    expect(asCrisis({ topic: 'Outage', terms: ['a', 3, ''], until: 'soon' })).toEqual({ topic: 'Outage', terms: ['a'] });
  });
});
