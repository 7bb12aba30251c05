import { describe, expect, it } from 'vitest';
import { phraseMatcher } from '../../src/core/text/phrases';

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
