// Whole-word phrase search over a lexicon, compiled once. Word edges are Unicode-aware, so "ass"
// never matches inside "class" and "año" is a word of its own.

export interface PhraseMatch {
  start: number;
  end: number;
  /** The lexicon entry that matched (as written in the lexicon). */
  phrase: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for `phrases` (case-insensitive, whole words; spaces in a phrase match any run of white
 * space). Entries may hold regex syntax when `regex` is true (e.g. "lo+l").
 */
export function phraseMatcher(phrases: readonly string[], { regex = false } = {}) {
  if (phrases.length === 0) return (_text: string): PhraseMatch[] => [];
  const sources = phrases.map((p) => (regex ? p : escape(p)).replace(/ +/g, '\\s+'));
  // One alternation without capture groups: with a group per entry, V8 saves and restores every
  // group at every position it tries, which made a 150-entry lexicon five times slower.
  const alternation = sources.map((s) => `(?:${s})`).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'giu');
  // Which entry matched: the first one that matches the matched text whole (the alternation's own
  // choice). Found by halving: an anchored regex for a range of entries says whether the answer lies
  // in it. Built on demand, used only for the (rare) matches; no Unicode classes, so cheap to build.
  const ranges = new Map<number, RegExp>();
  const rangeMatches = (lo: number, hi: number, found: string): boolean => {
    const key = lo * 100000 + hi;
    let r = ranges.get(key);
    if (!r) {
      r = new RegExp(`^(?:${sources.slice(lo, hi).map((x) => `(?:${x})`).join('|')})$`, 'iu');
      ranges.set(key, r);
    }
    return r.test(found);
  };
  const entryOf = (found: string): number => {
    let lo = 0;
    let hi = sources.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (rangeMatches(lo, mid, found)) hi = mid;
      else lo = mid;
    }
    return lo;
  };
  return (text: string): PhraseMatch[] => {
    const out: PhraseMatch[] = [];
    for (const m of text.matchAll(re)) {
      const i = entryOf(m[0]);
      out.push({ start: m.index, end: m.index + m[0].length, phrase: phrases[i] ?? m[0] });
    }
    return out;
  };
}
