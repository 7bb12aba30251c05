// profanityMatcher must answer exactly as obscenity's RegExpMatcher, whose terms and transformers it
// runs (written out by scripts/gen-profanity.ts): same matches, same offsets, same order, on every
// labelled draft and on hostile text; and the written-out data must be what obscenity has now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledTexts } from '../helpers/labelled-texts';
import { englishRecommendedBlacklistMatcherTransformers, RegExpMatcher } from 'obscenity';
import * as profanity from '../../src/core/lexicons/en/profanity';
import { profanityMatcher } from '../../src/core/text/profanity-matcher';
import { profanityDataset, profanitySource } from '../../scripts/gen-profanity';
import { mulberry32 } from '../helpers/prng';

// obscenity's English terms and ours, as the offensive rule has them.
const { blacklistedTerms } = profanityDataset().build();
const theirs = new RegExpMatcher({ blacklistedTerms, blacklistMatcherTransformers: englishRecommendedBlacklistMatcherTransformers });
const ours = profanityMatcher(profanity.terms, profanity.remap, profanity.repeats);

const drafts = labelledTexts();

// Obfuscations obscenity undoes, and text that breaks naive code: surrogates alone and in pairs,
// look-alike and full-width letters, combining marks, repeats.
const PIECES = [
  'sh1t', 'f*ck', 'fuuuuck', 'FUCK', 'ƒυ¢κ', 'ｆｕｃｋ', '𝐟𝐮𝐜𝐤', 's h i t', 'a$$hole', 'b1tch', 'biiiitch', 'n1gg3r', 'c0ck',
  'Scunthorpe', 'class', 'assess', 'cocktail', 'title', 'tittle', 'shitake', 'Dick', 'pen1s', 'p0rn', 'wh0re', 'who res',
  'homo', 'spic', 'g0ddamn1t', 'tards', '\uD800', '\uDFFF', '😀', '👩‍👩‍👧', '\u0301', 'e\u0301', '\u200D', ' ', '\n', '!!', '...', '1337', '@', '$',
];
const rand = mulberry32(7);
const hostile = Array.from({ length: 400 }, () =>
  Array.from({ length: 1 + Math.floor(rand() * 12) }, () => PIECES[Math.floor(rand() * PIECES.length)]).join(rand() < 0.5 ? '' : ' '),
);

describe('profanityMatcher answers as obscenity\'s RegExpMatcher', () => {
  it('reads the data obscenity has now (run `npm run gen:profanity` after an upgrade or a change to extraEnglish)', () => {
    expect(readFileSync(new URL('../../src/core/lexicons/en/profanity.ts', import.meta.url), 'utf8')).toBe(profanitySource());
  });
  it('finds something to compare', () => {
    expect(hostile.filter((t) => theirs.getAllMatches(t).length > 0).length).toBeGreaterThan(100);
  });
  for (const [name, texts] of [['labelled drafts', drafts], ['hostile text', hostile]] as const) {
    it(`on ${texts.length} ${name}, sorted and unsorted`, () => {
      for (const sorted of [false, true]) {
        const differ = texts.filter((t) => JSON.stringify(ours.getAllMatches(t, sorted)) !== JSON.stringify(theirs.getAllMatches(t, sorted)));
        expect(differ).toEqual([]);
      }
    });
  }
});
