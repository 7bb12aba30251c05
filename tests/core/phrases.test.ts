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

describe('which entry wins, as one alternation scanned left to right would choose', () => {
  it('the first entry in lexicon order that matches at the earliest place', () => {
    const find = phraseMatcher(['new', 'new collection', 'collection'], { regex: false });
    expect(find('Our new collection')).toEqual([
      { start: 4, end: 7, phrase: 'new' },
      { start: 8, end: 18, phrase: 'collection' },
    ]);
    expect(phraseMatcher(['new collection', 'new'])('Our new collection')).toEqual([{ start: 4, end: 18, phrase: 'new collection' }]);
  });
  it('matches do not overlap, and an entry that cannot end on a word edge gives way to the next', () => {
    expect(phraseMatcher(['a b', 'b c'])('a b c')).toEqual([{ start: 0, end: 3, phrase: 'a b' }]);
    expect(phraseMatcher(['fire', 'fired up'])('fired up today')).toEqual([{ start: 0, end: 8, phrase: 'fired up' }]);
  });
  it('finds entries whose start is not a letter, and entries that may start anywhere', () => {
    expect(phraseMatcher(['\\d+\\s?% off', '#prayfor\\p{L}+'], { regex: true })('Get 30% off! #PrayForParis')).toEqual([
      { start: 4, end: 11, phrase: '\\d+\\s?% off' },
      { start: 13, end: 26, phrase: '#prayfor\\p{L}+' },
    ]);
    expect(phraseMatcher(['\\w+ly amazing'], { regex: true })('truly amazing')).toEqual([{ start: 0, end: 13, phrase: '\\w+ly amazing' }]);
  });
  it('treats any white space in the text like a space', () => {
    expect(phraseMatcher(['calm down'])('calm\u00a0\n down')).toEqual([{ start: 0, end: 11, phrase: 'calm down' }]);
  });
});

describe('spaces in regex entries', () => {
  it('a quantified space is optional white space, not a required one', () => {
    const find = phraseMatcher(['no\\.? ?1', 'free ?phone'], { regex: true });
    expect(find('The no.1 choice, No 1 again, freephone or free phone').map((m) => m.start)).toEqual([4, 17, 29, 42]);
  });
});

describe('every kind of white space reads as a space in a phrase', () => {
  it('matches across \\t, \\n, no-break, thin, ideographic and zero-width no-break spaces', () => {
    for (const space of ['\t', '\n', '\u00a0', '\u2009', '\u202f', '\u3000', '\ufeff', '\u2028']) {
      expect(phraseMatcher(['i quit'], { regex: true })(`so i${space}quit today`), JSON.stringify(space)).toHaveLength(1);
    }
  });
});
