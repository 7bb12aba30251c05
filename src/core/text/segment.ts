// Splits run-together lower-case words ("susanalbumparty" → susan album party) by dynamic
// programming over a frequency-ranked word list: each word costs more the rarer it is, and every
// extra word costs a fixed penalty, so the cheapest split is the most natural reading. The list is
// built lazily, the first time a hashtag needs it. Hand-written: the word-segmentation packages
// ship their own large corpora and are made for other languages' tooling.
import { commonWordsByRank, extraWords } from '../lexicons/en/common-words';

let ranks: Map<string, number> | undefined;
function dictionary(): Map<string, number> {
  if (!ranks) {
    ranks = new Map();
    commonWordsByRank.split(' ').forEach((w, i) => ranks!.set(w, i));
    for (const w of extraWords.split(' ')) if (!ranks.has(w)) ranks.set(w, 6000);
  }
  return ranks;
}

const WORD_PENALTY = 4;
const MAX_WORD = 24;

export interface Segmentation {
  words: string[];
  /** Frequency ranks of the words (0 = most common). */
  ranks: number[];
}

/** Rank of a word, or of its plural/possessive base ("chers" → "cher"), or undefined. */
function rankOf(dict: Map<string, number>, w: string): number | undefined {
  const r = dict.get(w);
  if (r !== undefined) return r;
  if (w.length > 3 && w.endsWith('s')) {
    const base = dict.get(w.slice(0, -1));
    if (base !== undefined) return base + 2000;
  }
  return undefined;
}

/** The most natural split of `s` (lower-case letters) into known words, or undefined if none covers it all. */
export function segment(s: string): Segmentation | undefined {
  const dict = dictionary();
  const n = s.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  const rank = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - MAX_WORD); j < i; j++) {
      if (best[j] === Infinity) continue;
      const r = rankOf(dict, s.slice(j, i));
      if (r === undefined) continue;
      const cost = best[j]! + Math.log(r + 20) + WORD_PENALTY;
      if (cost < best[i]!) {
        best[i] = cost;
        from[i] = j;
        rank[i] = r;
      }
    }
  }
  if (best[n] === Infinity) return undefined;
  const words: string[] = [];
  const rs: number[] = [];
  for (let i = n; i > 0; i = from[i]!) {
    words.unshift(s.slice(from[i]!, i));
    rs.unshift(rank[i]!);
  }
  return { words, ranks: rs };
}

/** Whether `w` is a known word on its own. */
export const isKnownWord = (w: string): boolean => rankOf(dictionary(), w) !== undefined;
