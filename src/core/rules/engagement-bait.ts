// Engagement bait that ties help for people in need to likes, shares or follows ("1 RT = 1 meal",
// "for every like we donate"): it reads as using people in need to farm reach.
// Hand-written over data (lexicons/<lang>/tone.ts).
import * as en from '../lexicons/en/tone';
import * as es from '../lexicons/es/tone';
import type { Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { phraseMatcher } from '../text/phrases';

const bait = phraseMatcher([...en.engagementBait, ...es.engagementBait], { regex: true });

export const engagementBait: Rule = {
  meta: {
    id: 'engagement-bait',
    category: 'tone',
    severity: 'warning',
    description: 'Help for people in need made conditional on likes, shares, retweets or follows.',
  },
  check({ text }) {
    const plain = foldApostrophes(text);
    return bait(plain)
      .slice(0, 1)
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: 'Tying help for people in need to likes or shares reads as using them for reach.',
        suggestion: 'Give the help anyway, and invite people to join in without conditions.',
      }));
  },
};
