// All-lower-case hashtags made of several words (#susanalbumparty) are hard to read, can read as
// something else, and screen readers spell them out as one word: CamelCase (#SusanAlbumParty) fixes
// all three. The words are found by text/segment (a ranked English word list). Only a long hashtag
// that splits fully into three or more common words warns; shorter or less certain ones are info;
// coined brand words that do not split (#qantasluxury) and single words (#love, #wanderlust) stay quiet.
// In a Spanish draft, a hashtag the English list cannot split is read at the little words that join
// two nouns (#ofertasdelasemana: ofertas de la semana), from lexicons/es/hashtag; there is no Spanish
// word list, so the parts on either side stay whole. A hashtag that opens with a name the list does not
// know (#fernhillharvestfest, #lumbrecoffeeweek) splits after the name when the rest is two or more
// common words of four letters or more: 15 hits in 60,000 American English dictionary words the list
// cannot split, 5 in 28,000 British, 4 in 41,000 Spanish; a name and one word (#qantasluxury) stays quiet.
import * as en from '../lexicons/en/hashtag';
import * as es from '../lexicons/es/hashtag';
import type { Report, Rule } from '../rule';
import { guessLanguage } from '../text/language';
import { isKnownWord, segment } from '../text/segment';

const HASHTAG = /(?<![\p{L}\p{N}_&#])#([a-z]{8,40})(?![\p{L}\p{N}_])/gu;
const MIN_LETTERS_WARNING = 12;
const MIN_WORDS_WARNING = 3;

// A named hashtag: the name, then two or more words among the 6,000 most common, of four letters each.
const MIN_NAME = 4;
const MIN_PART = 4;
const MAX_RANK = 6000; // the list's marketing words (deals, promo) rank 6000
const PIECE = new Set(en.wordPieces);
const COMBINING = new Set(en.combiningForms);

/** fernhillharvestfest → fernhill harvest fest: the fewest words after an unknown name. */
function namedSplit(body: string): string[] | undefined {
  let best: string[] | undefined;
  for (let i = MIN_NAME; i <= body.length - 2 * MIN_PART; i++) {
    const name = body.slice(0, i);
    if (isKnownWord(name) || COMBINING.has(name)) continue;
    const seg = segment(body.slice(i));
    if (!seg || seg.words.length < 2 || seg.words.some((w) => w.length < MIN_PART) || seg.ranks.some((r) => r > MAX_RANK)) continue;
    if (PIECE.has(seg.words[0]!) || PIECE.has(seg.words[seg.words.length - 1]!)) continue;
    if (!best || seg.words.length + 1 < best.length) best = [name, ...seg.words];
  }
  return best;
}

const camel = (words: string[]) => words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');

// Longest first, so that "dela" + "semana" is tried before "del" + "asemana".
const JOINS = es.joiningWords.map((j) => [j.replace(/ /g, ''), j.split(' ')] as const).sort((a, b) => b[0].length - a[0].length);
const ENDING = new RegExp(`^(?:${es.wordEndings.join('|')})$`, 'u');

/** ofertasdelasemana → ofertas de la semana; sure when both sides have four letters or more. */
function spanishSplit(body: string): { words: string[]; sure: boolean } | undefined {
  for (let i = 4; i < body.length - 5; i++) {
    for (const [joined, words] of JOINS) {
      if (!body.startsWith(joined, i)) continue;
      const right = body.slice(i + joined.length);
      // "de las"/"de los" come before a plural; "del" + "mes" is the one short word allowed.
      if (right.length < 3 || (right.length < 4 && joined !== 'del') || (joined.endsWith('s') && !right.endsWith('s')) || ENDING.test(right)) continue;
      return { words: [body.slice(0, i), ...words, right], sure: right.length >= 4 };
    }
  }
  return undefined;
}

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
    let lang: boolean | undefined;
    const spanish = () => (lang ??= guessLanguage(text) === 'es');
    for (const m of text.matchAll(HASHTAG)) {
      const body = m[1]!;
      if (isKnownWord(body)) continue;
      const seg = segment(body);
      let words: string[];
      let confident: boolean;
      if (seg && seg.words.length >= 2) {
        words = seg.words;
        // In a Spanish draft, English short words are how a Spanish word falls apart ("argument a dora").
        const shortest = spanish() ? 3 : 2;
        confident =
          body.length >= MIN_LETTERS_WARNING &&
          seg.words.length >= MIN_WORDS_WARNING &&
          seg.words.every((w) => w.length >= shortest || (w === 'a' && shortest === 2)) &&
          body.length / seg.words.length >= 3.5;
      } else {
        const split = spanish() ? spanishSplit(body) : undefined;
        const named = split ? undefined : namedSplit(body);
        if (split) {
          words = split.words;
          confident = split.sure && body.length >= MIN_LETTERS_WARNING;
        } else if (named) {
          words = named;
          confident = body.length >= MIN_LETTERS_WARNING;
        } else continue;
      }
      const fixed = `#${camel(words)}`;
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
