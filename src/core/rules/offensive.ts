// Profanity and insults, also obfuscated (sh1t, f*ck, fuuuck). Matching is obscenity's: it copes
// with look-alike characters and repeated letters, which a home-made word list would not.
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import type { Rule } from '../rule';

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

export const offensive: Rule = {
  meta: {
    id: 'offensive',
    category: 'offensive',
    severity: 'critical',
    description: 'Profanity, slurs and insults, including obfuscated spellings.',
  },
  check({ text }) {
    const seen = new Set<string>();
    return matcher.getAllMatches(text, true).flatMap((m) => {
      const key = `${m.startIndex}:${m.endIndex}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ start: m.startIndex, end: m.endIndex + 1, message: 'This word reads as offensive; it could be screenshotted and shared.' }];
    });
  },
};
