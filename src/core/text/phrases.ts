// Whole-word phrase search over a lexicon, compiled once. Word edges are Unicode-aware, so "ass"
// never matches inside "class" and "año" is a word of its own.

export interface PhraseMatch {
  start: number;
  end: number;
  /** The lexicon entry that matched (as written in the lexicon). */
  phrase: string;
}

/** `s` as a regex that matches it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escape = escapeRegExp;

// Matching runs on a lower-cased copy of the text with case-sensitive regexes: V8 builds and runs
// a case-insensitive Unicode regex ('iu') about three times slower than the same one without 'i',
// and a worker's first review pays for building every lexicon's regex.

let lastText = '';
let lastLower = '';
/** The text in lower case, every UTF-16 index unchanged (İ is the one letter whose lower case is longer). */
export function lowerKeepingOffsets(text: string): string {
  if (text !== lastText) {
    let lower = text.replace(/\u0130/g, 'i').toLowerCase();
    if (lower.length !== text.length) lower = Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
    lastText = text;
    lastLower = lower;
  }
  return lastLower;
}

/** A regex source in lower case, leaving escapes (\S, \p{Lu}, \u{…}) and group names as written. */
function lowerPattern(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const braced = /^\\[pPuk]\{[^}]*\}/.exec(src.slice(i));
      const escaped = braced ? braced[0] : src.slice(i, i + 2);
      out += escaped;
      i += escaped.length - 1;
    } else if (src.startsWith('(?<', i) && !src.startsWith('(?<=', i) && !src.startsWith('(?<!', i)) {
      const close = src.indexOf('>', i);
      out += src.slice(i, close + 1);
      i = close;
    } else out += c.toLowerCase();
  }
  return out;
}

/**
 * A matcher for `phrases` (case-insensitive, whole words; spaces in a phrase match any run of white
 * space). Entries may hold regex syntax when `regex` is true (e.g. "lo+l"); since case is ignored,
 * an entry cannot ask for capitals (\p{Lu} never matches): rules that need case use their own regex.
 */
export function phraseMatcher(phrases: readonly string[], { regex = false } = {}) {
  if (phrases.length === 0) return (_text: string): PhraseMatch[] => [];
  const sources = phrases.map((p) => lowerPattern((regex ? p : escape(p)).replace(/ +/g, '\\s+')));
  // One alternation without capture groups: with a group per entry, V8 saves and restores every
  // group at every position it tries, which made a 150-entry lexicon five times slower.
  const alternation = sources.map((s) => `(?:${s})`).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'gu');
  // Which entry matched: the first one that matches the matched text whole (the alternation's own
  // choice). Found by halving: an anchored regex for a range of entries says whether the answer lies
  // in it. Built on demand, used only for the (rare) matches; no Unicode classes, so cheap to build.
  const ranges = new Map<number, RegExp>();
  const rangeMatches = (lo: number, hi: number, found: string): boolean => {
    const key = lo * 100000 + hi;
    let r = ranges.get(key);
    if (!r) {
      r = new RegExp(`^(?:${sources.slice(lo, hi).map((x) => `(?:${x})`).join('|')})$`, 'u');
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
    for (const m of lowerKeepingOffsets(text).matchAll(re)) {
      const i = entryOf(m[0]);
      out.push({ start: m.index, end: m.index + m[0].length, phrase: phrases[i] ?? m[0] });
    }
    return out;
  };
}
