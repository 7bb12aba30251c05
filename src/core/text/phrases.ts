// Whole-word phrase search over a lexicon. Word edges are Unicode-aware, so "ass"
// never matches inside "class" and "año" is a word of its own.

import { PREFIX_LENGTH, regexPrefixes, requiredRuns } from './regex-prefixes';

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
// a case-insensitive Unicode regex ('iu') about three times slower than the same one without 'i'.

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
  if (!src.includes('\\') && !src.includes('(?<')) return src.toLowerCase();
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

/** Where a phrase may start in a lower-cased text (after a non-word character, on a non-space),
 * listed under a number standing for the first 1 to PREFIX_LENGTH units found there (white space
 * read as " "). Built once per text for every lexicon. */
interface Starts {
  all: number[];
  byKey: Map<number, number[]>;
}
const START = /(?<![\p{L}\p{N}_])\S/gu;
let startsOf: { lower: string; starts: Starts } | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// A key is a number, not a substring, so that indexing a text allocates no strings. Two prefixes
// may share a number: that only adds a try, which the entry's own regex then turns down.
const keyStep = (hash: number, unit: number) => (Math.imul(hash, 65599) + unit) >>> 0;
const keyOf = (hash: number, length: number) => (hash ^ Math.imul(length, 0x9e3779b9)) >>> 0;
/** The UTF-16 unit at `i`, any white space (what \\s matches) read as " ". */
const unitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  const space =
    (c >= 9 && c <= 13) ||
    (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
  return space ? 32 : c;
};

/** The key of a prefix as the lexicon writes it (white space already " "). */
function prefixKey(prefix: string): number {
  let hash = 0;
  for (let i = 0; i < prefix.length; i++) hash = keyStep(hash, prefix.charCodeAt(i));
  return keyOf(hash, prefix.length);
}

function starts(lower: string): Starts {
  if (startsOf?.lower === lower) return startsOf.starts;
  const s: Starts = { all: [], byKey: new Map() };
  for (const m of lower.matchAll(START)) {
    s.all.push(m.index);
    let hash = 0;
    for (let k = 1; k <= PREFIX_LENGTH && m.index + k <= lower.length; k++) {
      hash = keyStep(hash, unitAt(lower, m.index + k - 1));
      push(s.byKey, keyOf(hash, k), m.index);
    }
  }
  startsOf = { lower, starts: s };
  return s;
}

// A candidate is a (position, entry) pair packed in one number, so that a plain numeric sort
// orders them by position and then by the entry's place in the lexicon (the first entry wins).
// Exact up to 2^53: texts of up to 8 billion units, lexicons of up to a million entries.
const ENTRY_BITS = 2 ** 20;

/** Spaces in an entry match any white space: a run of them as \\s+, a quantified one (the " ?" of
 * "no\\.? ?1") as \\s with its quantifier. */
const spacesAsWhiteSpace = (src: string) => src.replace(/ +([?*]|\{\d*,?\d*\})?/g, (_, q?: string) => (q ? `\\s${q}` : '\\s+'));

/**
 * A matcher for `phrases` (case-insensitive, whole words; spaces in a phrase match any run of white
 * space, " ?" an optional one). Entries may hold regex syntax when `regex` is true (e.g. "lo+l"); since case is ignored,
 * an entry cannot ask for capitals (\p{Lu} never matches): rules that need case use their own regex.
 * At each place a word may start, the first entry (in lexicon order) that matches there wins, and
 * matches do not overlap, as in one alternation scanned left to right.
 */
export function phraseMatcher(phrases: readonly string[], { regex = false } = {}) {
  if (phrases.length === 0) return (_text: string): PhraseMatch[] => [];
  // Each entry is tried only where the text starts as the entry can (see regex-prefixes.ts), with a
  // small sticky regex compiled at its first try. The index is built at the first call: some
  // lexicons are read only in crisis mode or after another cue.
  let index: { sources: string[]; byKey: Map<number, number[]>; anywhere: { entry: number; runs: string[] }[] } | undefined;
  const indexed = () => {
    if (index) return index;
    const sources = phrases.map((p) => lowerPattern(spacesAsWhiteSpace(regex ? p : escape(p))));
    index = { sources, byKey: new Map(), anywhere: [] };
    for (let i = 0; i < sources.length; i++) {
      const prefixes = regexPrefixes(sources[i]!);
      // A first letter of any kind ("[a-z]+'s address") is no key at all: such an entry is tried
      // like one that may start anywhere.
      if (!prefixes || prefixes.filter((p) => p.length === 1).length >= 20) index.anywhere.push({ entry: i, runs: requiredRuns(sources[i]!) });
      else for (const p of prefixes) push(index.byKey, prefixKey(p), i);
    }
    return index;
  };
  const compiled: (RegExp | undefined)[] = [];
  const entry = (i: number) => (compiled[i] ??= new RegExp(`(?:${indexed().sources[i]})(?![\\p{L}\\p{N}_])`, 'uy'));

  /** Every (position, entry) pair where the text starts as the entry may, in order. */
  const candidates = (lower: string, at: Starts): Float64Array => {
    const { byKey, anywhere } = indexed();
    const out: number[] = [];
    const mineFewer = byKey.size <= at.byKey.size;
    for (const [key, list] of mineFewer ? byKey : at.byKey) {
      const other = (mineFewer ? at.byKey : byKey).get(key);
      if (!other) continue;
      const entries = mineFewer ? list : other;
      for (const p of mineFewer ? other : list) for (const i of entries) out.push(p * ENTRY_BITS + i);
    }
    // An entry that may start anywhere ("\\w+ años sin ti") is tried at every word, but only in a
    // text that holds the plain words it needs ("sin").
    for (const { entry, runs } of anywhere) {
      if (runs.every((r) => lower.includes(r))) for (const p of at.all) out.push(p * ENTRY_BITS + entry);
    }
    return Float64Array.from(out).sort(); // a typed array sorts numbers without a comparator call
  };

  return (text: string): PhraseMatch[] => {
    const lower = lowerKeepingOffsets(text);
    const out: PhraseMatch[] = [];
    let free = 0;
    for (const c of candidates(lower, starts(lower))) {
      const p = Math.floor(c / ENTRY_BITS);
      if (p < free) continue;
      const i = c - p * ENTRY_BITS;
      const re = entry(i);
      re.lastIndex = p;
      const m = re.exec(lower);
      if (!m || m[0].length === 0) continue;
      out.push({ start: p, end: p + m[0].length, phrase: phrases[i]! });
      free = p + m[0].length;
    }
    return out;
  };
}
