// All-lower-case hashtags made of several words (#susanalbumparty) are hard to read, can read as
// something else, and screen readers spell them out as one word: CamelCase (#SusanAlbumParty) fixes
// all three. The words are found by text/segment (a ranked English word list). Only a long hashtag
// that splits fully into three or more common words warns; shorter or less certain ones are info;
// coined brand words that do not split (#qantasluxury) and single words (#love, #wanderlust) stay quiet.
import type { Report, Rule } from '../rule';
import { isKnownWord, segment } from '../text/segment';

const HASHTAG = /(?<![\p{L}\p{N}_&#])#([a-z]{8,40})(?![\p{L}\p{N}_])/gu;
const MIN_LETTERS_WARNING = 12;
const MIN_WORDS_WARNING = 3;

const camel = (words: string[]) => words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');

export const hashtagCase: Rule = {
  meta: {
    id: 'hashtag-case',
    category: 'accessibility',
    severity: 'warning',
    description: 'All-lower-case hashtags of several words, which read badly and which screen readers cannot split.',
  },
  check({ text }) {
    if (!text.includes('#')) return [];
    const out: Report[] = [];
    for (const m of text.matchAll(HASHTAG)) {
      const body = m[1]!;
      if (isKnownWord(body)) continue;
      const seg = segment(body);
      if (!seg || seg.words.length < 2) continue;
      const confident =
        body.length >= MIN_LETTERS_WARNING &&
        seg.words.length >= MIN_WORDS_WARNING &&
        seg.words.every((w) => w.length >= 2 || w === 'a') &&
        body.length / seg.words.length >= 3.5;
      const fixed = `#${camel(seg.words)}`;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        severity: confident ? 'warning' : 'info',
        message: `${m[0]} is hard to read in lower case (it could be read as other words, and screen readers say it as one); capitalise each word.`,
        suggestion: fixed,
      });
    }
    return out;
  },
};
