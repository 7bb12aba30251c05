import { describe, expect, it } from 'vitest';
import { regexPrefixes, requiredClauses } from '../../src/core/text/regex-prefixes';

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

describe('requiredClauses: the plain words every match contains', () => {
  it('reads runs at the top level, and skips escapes whole', () => {
    expect(requiredClauses('\\w+caf\\u00e9s?\\s+\\x41bcd')).toEqual([['caf'], ['bcd']]);
    expect(requiredClauses('abc?de+fgh')).toEqual([['fgh']]);
    expect(requiredClauses('x\\.com')).toEqual([['x.com']]);
  });
  it('a group gives a clause: one of its alternatives\' runs', () => {
    expect(requiredClauses('\\w+\\s+(?:años?|meses)\\s+sin\\s+ti')).toEqual([['año', 'meses'], ['sin']]);
    expect(requiredClauses('\\p{L}+\\s+your\\s+(?:schedule|diary)')).toEqual([['your'], ['schedule', 'diary']]);
    expect(requiredClauses('(?:the\\s+)?best\\s+(?:in|on)\\s+(?:the\\s+)?(?:world|planet)')).toEqual([['best'], ['world', 'planet']]);
  });
  it('an alternative gives its most telling clause; nested groups merge into it', () => {
    expect(requiredClauses('(?:so\\s+(?:idea|plan)|terrible)')).toEqual([['idea', 'plan', 'terrible']]);
    expect(requiredClauses('(?:bad\\s+(?:idea|plan)|terrible)')).toEqual([['bad', 'terrible']]);
    expect(requiredClauses('abcd|efgh')).toEqual([['abcd', 'efgh']]);
  });
  it('requires nothing of a group that may be skipped, a lookaround, or an alternative without a run', () => {
    expect(requiredClauses('(?:very )?good')).toEqual([['good']]);
    expect(requiredClauses('(?!nothing)\\p{L}+')).toEqual([]);
    expect(requiredClauses('(?:ab|cdef)gh')).toEqual([]);
    expect(requiredClauses('(?:great)*')).toEqual([]);
    expect(requiredClauses('abcd|e')).toEqual([]);
  });
});
