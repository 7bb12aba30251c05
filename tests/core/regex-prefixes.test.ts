import { describe, expect, it } from 'vitest';
import { regexPrefixes, requiredRuns } from '../../src/core/text/regex-prefixes';

const sorted = (xs: string[] | undefined) => xs && [...xs].sort();

describe('regexPrefixes: what every match of a lexicon entry starts with', () => {
  it('keeps the first four units of a literal, white space as a space (a run of it ends the prefix)', () => {
    expect(regexPrefixes('calm\\s+down')).toEqual(['calm']);
    expect(regexPrefixes('i\\s+quit')).toEqual(['i ']);
    expect(regexPrefixes('i\\squit')).toEqual(['i qu']);
    expect(regexPrefixes('jk')).toEqual(['jk']);
  });
  it('expands groups, optional parts and small classes', () => {
    expect(sorted(regexPrefixes('(?:kill|murder)s?'))).toEqual(['kill', 'murd']);
    expect(sorted(regexPrefixes('(?:sounds\\s+like\\s+)?a\\s+you'))).toEqual(['a ', 'soun']);
    expect(sorted(regexPrefixes('[bp]ad'))).toEqual(['bad', 'pad']);
    expect(sorted(regexPrefixes('n[ºo°]\\.?\\s+de'))).toEqual(['no ', 'no. ', 'nº ', 'nº. ', 'n° ', 'n°. '].sort());
  });
  it('stops at a repetition or at anything it cannot list', () => {
    expect(regexPrefixes('lo+l')).toEqual(['lo']);
    expect(regexPrefixes('code\\S+')).toEqual(['code']);
    expect(regexPrefixes('#prayfor[\\p{L}]+')).toEqual(['#pra']);
    expect(sorted(regexPrefixes('\\d+%'))).toEqual([...'0123456789']);
  });
  it('ignores zero-width parts: lookarounds, anchors, \\b', () => {
    expect(regexPrefixes('(?<!x)\\bthe(?=\\s)')).toEqual(['the']);
  });
  it('reads escapes as the characters they stand for', () => {
    expect(regexPrefixes('d\\.e\\.p')).toEqual(['d.e.']);
    expect(regexPrefixes('\\u00f1o')).toEqual(['ño']);
  });
  it('says "anything" when a match could start with any character', () => {
    expect(regexPrefixes('\\w+ing')).toBeUndefined();
    expect(regexPrefixes('.*x')).toBeUndefined();
    expect(regexPrefixes('[^a]b')).toBeUndefined();
    expect(regexPrefixes('(?:a|\\S)b')).toBeUndefined();
    expect(regexPrefixes('x?')).toBeUndefined();
  });
  it('falls back to shorter prefixes rather than listing thousands', () => {
    const many = regexPrefixes('[a-z][a-z][a-z][a-z]');
    expect(many).toBeDefined();
    expect(many!.length).toBeLessThanOrEqual(256);
    expect(many!.every((p) => p.length < 4)).toBe(true);
  });
});

describe('regexPrefixes: alternation inside groups and classes', () => {
  it('a "|" inside a group or a class does not split the entry', () => {
    expect(regexPrefixes('every\\s+(?:like|share)')).toEqual(['ever']);
    expect(regexPrefixes('abc[|]d')).toEqual(['abc|']);
    expect(sorted(regexPrefixes('ab|cd'))).toEqual(['ab', 'cd']);
    expect(sorted(regexPrefixes('x\\|y|zz'))).toEqual(['x|y', 'zz']);
  });
});

describe('requiredRuns: the plain words every match contains', () => {
  it('reads the top level only, and skips escapes whole', () => {
    expect(requiredRuns('\\w+\\s+(?:años?|meses)\\s+sin\\s+ti')).toEqual(['sin']);
    expect(requiredRuns('\\p{L}+\\s+your\\s+(?:schedule|diary)')).toEqual(['your']);
    expect(requiredRuns('\\w+caf\\u00e9s?\\s+\\x41bcd')).toEqual(['caf', 'bcd']);
    expect(requiredRuns('abc?de+fgh')).toEqual(['fgh']);
    expect(requiredRuns('x\\.com')).toEqual(['x.com']);
  });
  it('has nothing to require when the entry is an alternation at its top level', () => {
    expect(requiredRuns('abcd|efgh')).toEqual([]);
  });
});
