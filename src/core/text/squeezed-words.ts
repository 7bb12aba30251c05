import { re } from './letters';
// Phrases of a word list found in a text whose words may repeat letters ("mieeerda") or hide them
// behind look-alikes ("m1erda", "M@RICA"). Each character is read through `normal` (lower case,
// accents off, leetspeak undone: the caller's table), words are runs of letters and digits after
// that, and every run of one character counts once. A word is looked up by a number computed as it
// is read, so the many words of a text that start no phrase cost no string and no regex.

const hashStep = (hash: number, cp: number) => Math.imul(hash ^ cp, 0x01000193) >>> 0;
const WORD_CHAR = re('u')`^[\p{L}\p{N}]$`;

/** `phrases`: words already normal and squeezed, separated by single spaces ("hijo de puta"). */
export function squeezedPhraseMatcher(phrases: readonly string[], normal: (unit: number) => number) {
  const hashOf = (word: string) => {
    let h = 0;
    for (const ch of word) h = hashStep(h, ch.codePointAt(0)!);
    return h;
  };
  // Phrases by the number of their first word, longest first: the longest phrase at a place wins.
  const byFirst = new Map<number, string[][]>();
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
    const words = p.split(' ');
    const key = hashOf(words[0]!);
    byFirst.set(key, [...(byFirst.get(key) ?? []), words]);
  }
  const wordChar = new Map<number, boolean>();
  const isWordChar = (cp: number) => {
    let w = wordChar.get(cp);
    if (w === undefined) wordChar.set(cp, (w = WORD_CHAR.test(String.fromCodePoint(cp))));
    return w;
  };
  /** The code point at `i` read through `normal` (which maps UTF-16 units of the BMP). */
  const normalAt = (text: string, i: number) => {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff ? cp : normal(cp);
  };

  /** Every phrase in `text`, as [start, end, phrase]; matches do not overlap. */
  return (text: string): [number, number, string][] => {
    const starts: number[] = [];
    const ends: number[] = [];
    const hashes: number[] = [];
    for (let i = 0; i < text.length; ) {
      let cp = normalAt(text, i);
      if (!isWordChar(cp)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const start = i;
      let hash = 0;
      let last = -1;
      while (i < text.length && isWordChar((cp = normalAt(text, i)))) {
        if (cp !== last) hash = hashStep(hash, cp);
        last = cp;
        i += cp > 0xffff ? 2 : 1;
      }
      starts.push(start);
      ends.push(i);
      hashes.push(hash);
    }
    const squeezed: (string | undefined)[] = [];
    const word = (k: number) => {
      if (squeezed[k] === undefined) {
        let out = '';
        let last = -1;
        for (let i = starts[k]!; i < ends[k]!; ) {
          const cp = normalAt(text, i);
          if (cp !== last) out += String.fromCodePoint(cp);
          last = cp;
          i += cp > 0xffff ? 2 : 1;
        }
        squeezed[k] = out;
      }
      return squeezed[k];
    };
    const spaceBetween = (k: number) => /^\s+$/.test(text.slice(ends[k - 1]!, starts[k]!));
    const out: [number, number, string][] = [];
    for (let k = 0; k < starts.length; k++) {
      const candidates = byFirst.get(hashes[k]!);
      const phrase = candidates?.find((p) => p.every((w, j) => (j === 0 || (k + j < starts.length && spaceBetween(k + j))) && word(k + j) === w));
      if (!phrase) continue;
      out.push([starts[k]!, ends[k + phrase.length - 1]!, phrase.join(' ')]);
      k += phrase.length - 1;
    }
    return out;
  };
}
