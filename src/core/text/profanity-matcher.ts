// obscenity's RegExpMatcher, read faster: the same terms, transformers and matches, but most terms
// are never run. Obscenity runs every term's regex over a transformed copy of the text (look-alike
// letters and leetspeak undone, lower case, repeats collapsed), which it builds one character at a
// time through a chain of calls, twice (once more for whitelisted terms, which we do not use). Here
// the copy is built through a table, and a term's regex runs only when the copy holds the runs of
// three letters of every literal in its pattern ("shit" needs "shi" and "hit"). Its data (terms,
// character table, repeats kept) is obscenity's, written out by scripts/gen-profanity.ts. A test
// holds it to RegExpMatcher's answers on every labelled draft and on hostile text.
import { gramsOf, holdsAll, runGrams } from './grams';
import { regex } from './letters';

/** A match as obscenity reports it: offsets into the text, the end inclusive. */
export interface ProfanityMatch {
  termId: number;
  startIndex: number;
  endIndex: number;
  matchLength: number;
}

/** obscenity's order: by start, then end, then term. */
const byPlace = (a: ProfanityMatch, b: ProfanityMatch) => a.startIndex - b.startIndex || a.endIndex - b.endIndex || a.termId - b.termId;

interface Term {
  id: number;
  regExp: RegExp;
  /** The grams of every literal outside an optional part (see grams.ts). */
  grams: number[];
}

export function profanityMatcher(
  terms: readonly (readonly [id: number, word: string, source: string, literals: readonly string[]])[],
  remap: readonly (readonly [number, number])[],
  repeats: { usual: number; except: readonly (readonly [number, number])[] },
) {
  const compiled: Term[] = terms.map(([id, , source, literals]) => ({ id, regExp: regex(source, 'gs'), grams: literals.flatMap(runGrams) }));
  const remapped = new Map(remap.map(([from, to]) => [from, to]));
  const kept = new Map(repeats.except.map(([cp, n]) => [cp, n]));

  /** The transformed text, and for each of its UTF-16 units the index of the character it came from. */
  function transform(input: string): [string, Int32Array] {
    const units: number[] = [];
    const origin = new Int32Array(input.length * 2);
    // obscenity's collapsing of repeats: the first `kept` of a run of one character stay.
    let last = -1;
    let left = 0;
    for (let i = 0; i < input.length; ) {
      const c = input.codePointAt(i)!;
      const width = c > 0xffff ? 2 : 1;
      let t = remapped.get(c) ?? c;
      if (t === last) {
        if (left-- <= 0) {
          i += width;
          continue;
        }
      } else {
        const threshold = kept.get(t) ?? repeats.usual;
        left = threshold - 1;
        last = t;
        if (threshold <= 0) {
          i += width;
          continue;
        }
      }
      if (t > 0xffff) {
        origin[units.length] = i;
        units.push(0xd800 + ((t - 0x10000) >> 10));
        t = 0xdc00 + ((t - 0x10000) & 0x3ff);
      }
      origin[units.length] = i;
      units.push(t);
      i += width;
    }
    let out = '';
    for (let k = 0; k < units.length; k += 8192) out += String.fromCharCode(...units.slice(k, k + 8192));
    return [out, origin];
  }

  return {
    /** What RegExpMatcher's getAllMatches returns, with no whitelisted terms. */
    getAllMatches(input: string, sorted = false): ProfanityMatch[] {
      const [transformed, origin] = transform(input);
      const grams = gramsOf(transformed);
      const matches: ProfanityMatch[] = [];
      for (const term of compiled) {
        if (!holdsAll(grams, term.grams)) continue;
        for (const m of transformed.matchAll(term.regExp)) {
          const startIndex = origin[m.index]!;
          let endIndex = origin[m.index + m[0].length - 1]!;
          // obscenity's end is inclusive: a character of two units ends on the second.
          const c = input.charCodeAt(endIndex);
          const next = input.charCodeAt(endIndex + 1);
          if (endIndex < input.length - 1 && c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) endIndex++;
          matches.push({ termId: term.id, startIndex, endIndex, matchLength: [...m[0]].length });
        }
      }
      return sorted ? matches.sort(byPlace) : matches;
    },
  };
}
