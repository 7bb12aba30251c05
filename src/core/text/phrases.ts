// Whole-word phrase search over a lexicon. Word edges are Unicode-aware, so "ass"
// never matches inside "class" and "año" is a word of its own.

import { PREFIX_LENGTH, regexPrefixes, requiredClauses } from './regex-prefixes';

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
 * read as " "), and which runs of three units the text holds (see `gramsOf`). Built once per text
 * for every lexicon. */
interface Starts {
  all: number[];
  byKey: Map<number, number[]>;
  grams: Uint32Array;
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

// Most tries at a word start fail: "we will be profitable" is tried wherever a word starts with
// "we w". An entry is tried only in a text that may hold the plain words it needs: every run of
// three units of "profitable" ("pro", "rof"…), looked up in a 2^16-bit set built once per text.
const GRAM_BITS = 16;
const gramOf = (a: number, b: number, c: number) =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> (32 - GRAM_BITS);

function gramsOf(lower: string): Uint32Array {
  const set = new Uint32Array(2 ** GRAM_BITS / 32);
  for (let i = 0; i + 2 < lower.length; i++) {
    const g = gramOf(lower.charCodeAt(i), lower.charCodeAt(i + 1), lower.charCodeAt(i + 2));
    set[g >>> 5]! |= 1 << (g & 31);
  }
  return set;
}

/** The three-unit runs of `run`, as `gramOf` numbers. */
function runGrams(run: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < run.length; i++) out.push(gramOf(run.charCodeAt(i), run.charCodeAt(i + 1), run.charCodeAt(i + 2)));
  return out;
}

const holdsAll = (set: Uint32Array, grams: readonly number[]) => grams.every((g) => (set[g >>> 5]! & (1 << (g & 31))) !== 0);
/** Whether a text may hold, for each clause (see requiredClauses), one of its runs. */
const mayHold = (set: Uint32Array, clauses: readonly (readonly number[])[][]) => clauses.every((runs) => runs.some((grams) => holdsAll(set, grams)));

function starts(lower: string): Starts {
  if (startsOf?.lower === lower) return startsOf.starts;
  const s: Starts = { all: [], byKey: new Map(), grams: gramsOf(lower) };
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

/** The regex source a lexicon entry is matched with, on the lower-cased text. */
export const entrySource = (phrase: string, regex: boolean) => lowerPattern(spacesAsWhiteSpace(regex ? phrase : escape(phrase)));

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
  let index: { sources: string[]; byKey: Map<number, number[]>; needs: number[][][][]; anywhere: { entry: number; clauses: string[][] }[] } | undefined;
  const indexed = () => {
    if (index) return index;
    const sources = phrases.map((p) => entrySource(p, regex));
    index = { sources, byKey: new Map(), needs: [], anywhere: [] };
    for (let i = 0; i < sources.length; i++) {
      const clauses = requiredClauses(sources[i]!);
      index.needs.push(clauses.map((runs) => runs.map(runGrams)));
      const prefixes = regexPrefixes(sources[i]!);
      // A first letter of any kind ("[a-z]+'s address") is no key at all: such an entry is tried
      // like one that may start anywhere.
      if (!prefixes || prefixes.filter((p) => p.length === 1).length >= 20) index.anywhere.push({ entry: i, clauses });
      else for (const p of prefixes) push(index.byKey, prefixKey(p), i);
    }
    return index;
  };
  const compiled: (RegExp | undefined)[] = [];
  const entry = (i: number) => (compiled[i] ??= new RegExp(`(?:${indexed().sources[i]})(?![\\p{L}\\p{N}_])`, 'uy'));
  // An entry that may start anywhere is looked for by one scan of the text, which V8 runs faster
  // than a try at every word start; it finds exactly the word starts where the entry matches.
  const scanners: (RegExp | undefined)[] = [];
  const scanner = (i: number) =>
    (scanners[i] ??= new RegExp(`(?<![\\p{L}\\p{N}_])(?=\\S)(?:${indexed().sources[i]})(?![\\p{L}\\p{N}_])`, 'gu'));

  /** Every (position, entry) pair where the text starts as the entry may, in order. */
  const candidates = (lower: string, at: Starts): Float64Array => {
    const { byKey, needs, anywhere } = indexed();
    const out: number[] = [];
    const held = new Uint8Array(phrases.length); // per entry: 0 not yet asked, 1 held, 2 not
    const holds = (i: number) => (held[i] ||= mayHold(at.grams, needs[i]!) ? 1 : 2) === 1;
    const mineFewer = byKey.size <= at.byKey.size;
    for (const [key, list] of mineFewer ? byKey : at.byKey) {
      const other = (mineFewer ? at.byKey : byKey).get(key);
      if (!other) continue;
      const entries = mineFewer ? list : other;
      const positions = mineFewer ? other : list;
      for (const i of entries) if (holds(i)) for (const p of positions) out.push(p * ENTRY_BITS + i);
    }
    for (const { entry, clauses } of anywhere) {
      if (!holds(entry) || !clauses.every((runs) => runs.some((r) => lower.includes(r)))) continue;
      const re = scanner(entry);
      re.lastIndex = 0;
      for (let m = re.exec(lower); m; m = re.exec(lower)) {
        out.push(m.index * ENTRY_BITS + entry);
        re.lastIndex = m.index + (lower.codePointAt(m.index)! > 0xffff ? 2 : 1);
      }
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
