// Whether a text may hold a word, answered without searching for it: the runs of three UTF-16
// units a text holds, as a 2^16-bit set built in one pass. A word is possibly there when every
// run of three of its units is in the set ("profitable": "pro", "rof", "ofi"…), and surely absent
// otherwise. Used to pass over lexicon entries and profanity patterns a text cannot match.

const GRAM_BITS = 16;
const gramOf = (a: number, b: number, c: number) =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> (32 - GRAM_BITS);

/** The set of three-unit runs in `text`. */
export function gramsOf(text: string): Uint32Array {
  const set = new Uint32Array(2 ** GRAM_BITS / 32);
  for (let i = 0; i + 2 < text.length; i++) {
    const g = gramOf(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
    set[g >>> 5]! |= 1 << (g & 31);
  }
  return set;
}

/** The three-unit runs of `run` (none when it is shorter than three). */
export function runGrams(run: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < run.length; i++) out.push(gramOf(run.charCodeAt(i), run.charCodeAt(i + 1), run.charCodeAt(i + 2)));
  return out;
}

/** Whether the set holds every one of `grams`. */
export const holdsAll = (set: Uint32Array, grams: readonly number[]) => grams.every((g) => (set[g >>> 5]! & (1 << (g & 31))) !== 0);
