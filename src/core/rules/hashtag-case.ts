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
// The posting brand's own name is a name the list does not know either, and brands run it together
// with other words (#flywithnimbus from @nimbusair, #desayunosdetrigal from "Panadería Trigal"): the
// names of the account's id and label (with a common word split off the id, "trigalpan" → "trigal")
// are read as known words, wherever they stand in the hashtag, when the rest splits into common words
// (or, in a Spanish draft, before the name, into a word of four letters or more and a little joining
// word, "desayunos de"; not after it, where "contigo" would read "con tigo"). Three words or more warn, as any other split; the name and one word is a hint; a hashtag that
// is only the account's own id or label stays quiet.
import * as en from '../lexicons/en/hashtag';
import * as es from '../lexicons/es/hashtag';
import type { Report, Rule, RuleContext } from '../rule';
import { guessLanguage } from '../text/language';
import { isKnownWord, segment } from '../text/segment';
import { re, regex } from '../text/letters';

const HASHTAG = re('gu')`(?<![\p{L}\p{N}_&#])#([a-z]{8,40})(?![\p{L}\p{N}_])`;
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
const ENDING = regex(`^(?:${es.wordEndings.join('|')})$`, 'u');

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

const BRAND_JOINS = new Set(es.brandJoins);
const MIN_JOINED = 4;

/** The account's names, lower case without accents: whole ("trigalpan", "panaderiatrigal"), and the
 * words the list does not know ("trigal"), also when run together with a common word ("nimbusair"). */
function accountNames(ctx: RuleContext): { whole: Set<string>; names: string[] } {
  const whole = new Set<string>();
  const names = new Set<string>();
  const addName = (w: string) => {
    if (w.length >= MIN_NAME && !isKnownWord(w) && !COMBINING.has(w)) names.add(w);
  };
  for (const source of [ctx.draft.account, ctx.account.label]) {
    if (!source) continue;
    const plain = source.normalize('NFD').replace(/\p{M}/gu, '');
    // Words as written: "Panadería Trigal", "@GeneMorphis", "nimbus_air".
    const words = plain.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[^a-z]+/u).filter(Boolean);
    const joined = words.join('');
    if (joined) whole.add(joined);
    for (const w of [...words, joined]) {
      addName(w);
      // A name run together with a common word: "trigal" + "pan", "nimbus" + "air", "get" + "nimbus".
      for (let i = MIN_NAME; i <= w.length - 2; i++) {
        if (isKnownWord(w.slice(i)) && w.length - i >= 3) addName(w.slice(0, i));
        if (isKnownWord(w.slice(0, w.length - i)) && w.length - i >= 2) addName(w.slice(w.length - i));
      }
    }
  }
  return { whole, names: [...names].sort((a, b) => b.length - a.length) };
}

/** The words of a part of a hashtag beside the brand's name, or undefined when it does not split. */
function partWords(part: string, side: 'left' | 'right', spanish: boolean): string[] | undefined {
  if (part === '') return [];
  const seg = segment(part);
  if (seg && seg.words.every((w) => w.length >= (spanish ? 3 : 2) || (!spanish && w === 'a'))) return seg.words;
  if (!spanish || side === 'right') return undefined;
  // "desayunosde" + Trigal: a word and a joining word before the name.
  for (const j of BRAND_JOINS) {
    const word = part.endsWith(j) ? part.slice(0, -j.length) : '';
    if (word.length >= MIN_JOINED && !ENDING.test(word)) return [word, j];
  }
  return undefined;
}

/** #flywithnimbus → fly with nimbus, when the account is Nimbus. */
function brandSplit(body: string, names: string[], spanish: () => boolean): string[] | undefined {
  for (const name of names) {
    for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + 1)) {
      const left = partWords(body.slice(0, i), 'left', spanish());
      const right = left && partWords(body.slice(i + name.length), 'right', spanish());
      if (left && right && left.length + right.length > 0) return [...left, name, ...right];
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
  check(ctx) {
    const { text } = ctx;
    if (!text.includes('#')) return [];
    const out: Report[] = [];
    let lang: boolean | undefined;
    const spanish = () => (lang ??= guessLanguage(text) === 'es');
    let account: ReturnType<typeof accountNames> | undefined;
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
        account ??= accountNames(ctx);
        if (account.whole.has(body)) continue;
        const brand = account.names.length > 0 ? brandSplit(body, account.names, spanish) : undefined;
        const split = brand || !spanish() ? undefined : spanishSplit(body);
        const named = brand || split ? undefined : namedSplit(body);
        if (brand) {
          words = brand;
          confident = brand.length >= MIN_WORDS_WARNING && body.length >= MIN_LETTERS_WARNING;
        } else if (split) {
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
