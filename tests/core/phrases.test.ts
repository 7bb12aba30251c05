import { describe, expect, it } from 'vitest';
import { lowerKeepingOffsets, phraseMatcher } from '../../src/core/text/phrases';

describe('phraseMatcher', () => {
  const find = phraseMatcher(['ass', 'calm down', 'año']);
  it('matches whole words only, case-insensitively, with UTF-16 offsets', () => {
    expect(find('Calm  down, the class passed')).toEqual([{ start: 0, end: 10, phrase: 'calm down' }]);
    expect(find('😀 año nuevo, mañana')).toEqual([{ start: 3, end: 6, phrase: 'año' }]);
  });
  it('supports regex entries when asked', () => {
    expect(phraseMatcher(['lo+l'], { regex: true })('loooool ok')).toHaveLength(1);
  });
  it('an empty lexicon matches nothing', () => {
    expect(phraseMatcher([])('anything')).toEqual([]);
  });
});

describe('matching on a lower-cased copy', () => {
  it('keeps every offset, even around İ, whose lower case is two code units', () => {
    const text = 'İSTANBUL flights: CALM DOWN, İ said';
    expect(lowerKeepingOffsets(text)).toHaveLength(text.length);
    expect(phraseMatcher(['calm down'])(text)).toEqual([{ start: 18, end: 27, phrase: 'calm down' }]);
  });
  it('leaves regex escapes as written (\\S stays "not space"); case is ignored, so \\p{Lu} never matches', () => {
    expect(phraseMatcher(['code \\S+'], { regex: true })('Use CODE SPRING25 today')).toEqual([{ start: 4, end: 17, phrase: 'code \\S+' }]);
    expect(phraseMatcher(['x\\p{Lu}'], { regex: true })('xa')).toEqual([]);
  });
  it('matches accented capitals like their lower case', () => {
    expect(phraseMatcher(['qué vergüenza'])('¡QUÉ VERGÜENZA!')).toHaveLength(1);
  });
});
