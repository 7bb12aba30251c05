// Whole-word phrase search over a lexicon. Word edges are Unicode-aware, so "ass"
// never matches inside "class" and "año" is a word of its own.

import { gramsOf, holdsAll, runGrams } from './grams';
import { PREFIX_LENGTH, regexPrefixes, requiredClauses } from './regex-prefixes';
import { re, regex } from './letters';

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

// Every lexicon's entries are listed in one index, under numbers standing for the first 1 to
// PREFIX_LENGTH units each can start with (see regex-prefixes.ts). A text is read once for all
// lexicons: at each place a word may start, the index gives every entry that may match there.
// A number is not a substring, so that reading a text allocates no strings. Two prefixes may share
// a number: that only adds a try, which the entry's own regex then turns down.
const keyStep = (hash: number, unit: number) => (Math.imul(hash, 65599) + unit) >>> 0;
const keyOf = (hash: number, length: number) => (hash ^ Math.imul(length, 0x9e3779b9)) >>> 0;
/** Whether a UTF-16 unit is white space (what \\s matches). */
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
/** The UTF-16 unit at `i`, any white space read as " ". */
const unitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return isSpace(c) ? 32 : c;
};

const WORD_POINT = re('u')`^[\p{L}\p{N}_]$`;
const wordPoints = new Map<number, boolean>();
/** Whether a code point is a letter, a digit or "_": what a phrase may not follow or be followed by. */
function isWordPoint(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 95;
  let word = wordPoints.get(cp);
  if (word === undefined) wordPoints.set(cp, (word = WORD_POINT.test(String.fromCodePoint(cp))));
  return word;
}

/** The key of a prefix as the lexicon writes it (white space already " "). */
function prefixKey(prefix: string): number {
  let hash = 0;
  for (let i = 0; i < prefix.length; i++) hash = keyStep(hash, prefix.charCodeAt(i));
  return keyOf(hash, prefix.length);
}

// Most tries at a word start fail: "we will be profitable" is tried wherever a word starts with
// "we w". An entry is tried only in a text that may hold the plain words it needs (grams.ts).
/** Whether a text may hold, for each clause (see requiredClauses), one of its runs. */
const mayHold = (set: Uint32Array, clauses: readonly (readonly number[])[][]) => clauses.every((runs) => runs.some((grams) => holdsAll(set, grams)));

// A candidate is a (position, entry) pair packed in one number, so that a plain numeric sort
// orders them by position and then by the entry's place in the lexicon (the first entry wins).
// Exact up to 2^53: texts of up to 8 billion units, lexicons of up to a million entries.
const ENTRY_BITS = 2 ** 20;

interface Lexicon {
  sources: string[];
  /** Entries that may start anywhere, looked for by a scan of the text (see `scanner`). */
  anywhere: { entry: number; clauses: string[][] }[];
  /** The shared number of its first entry. */
  first: number;
}
const lexicons: Lexicon[] = [];
// Every entry of every lexicon has a number: which lexicon it is in, and where.
const lexiconOf: number[] = [];
const placeOf: number[] = [];
/** Per entry, its required clauses as gram lists (see mayHold), read from its source when a text
 * first gives it a candidate: most entries never get one, and reading them all slows the first review. */
const needsOf: (number[][][] | undefined)[] = [];

/** The entries that may start with a key; and those of them the text read last may hold, found
 * once per text however often the key occurs. */
interface Slot {
  entries: number[];
  reading: number;
  held: number[];
}
const sharedByKey = new Map<number, Slot>();
// Most keys of a text start no entry: a 2^16-bit set of the keys in the index turns them away
// before the map is asked.
const keyBits = new Uint32Array(2 ** 16 / 32);
const mayBeKey = (key: number) => (keyBits[(key >>> 5) & 2047]! & (1 << (key & 31))) !== 0;
let readings = 0;

/** A lower-cased text read for every lexicon indexed so far: per lexicon, its candidates. */
interface Reading {
  lower: string;
  lexiconCount: number;
  grams: Uint32Array;
  /** Per entry: 0 not yet asked, 1 the text may hold its words, 2 it cannot. */
  held: Uint8Array;
  candidates: (number[] | undefined)[];
}
let last: Reading | undefined;

function holds(r: Reading, entry: number): boolean {
  if (r.held[entry] === 0) {
    const needs = (needsOf[entry] ??= requiredClauses(lexicons[lexiconOf[entry]!]!.sources[placeOf[entry]!]!).map((runs) => runs.map(runGrams)));
    r.held[entry] = mayHold(r.grams, needs) ? 1 : 2;
  }
  return r.held[entry] === 1;
}

/** The text read for all lexicons; read again when a lexicon was indexed since (only while the
 * engine warms up: each lexicon is indexed at its first use). */
function read(lower: string): Reading {
  if (last?.lower === lower && last.lexiconCount === lexicons.length) return last;
  const r: Reading = {
    lower,
    lexiconCount: lexicons.length,
    grams: last?.lower === lower ? last.grams : gramsOf(lower),
    held: new Uint8Array(lexiconOf.length),
    candidates: [],
  };
  const reading = ++readings;
  // A phrase may start after a non-word character, on a non-space (read by code point).
  let afterWord = false;
  for (let p = 0; p < lower.length; ) {
    const cp = lower.codePointAt(p)!;
    const width = cp > 0xffff ? 2 : 1;
    const start = !afterWord && !isSpace(cp);
    afterWord = isWordPoint(cp);
    if (!start) {
      p += width;
      continue;
    }
    let hash = 0;
    for (let k = 1; k <= PREFIX_LENGTH && p + k <= lower.length; k++) {
      hash = keyStep(hash, unitAt(lower, p + k - 1));
      const key = keyOf(hash, k);
      if (!mayBeKey(key)) continue;
      const slot = sharedByKey.get(key);
      if (!slot) continue;
      if (slot.reading !== reading) {
        slot.reading = reading;
        slot.held.length = 0;
        for (const e of slot.entries) if (holds(r, e)) slot.held.push(e);
      }
      for (const e of slot.held) (r.candidates[lexiconOf[e]!] ??= []).push(p * ENTRY_BITS + placeOf[e]!);
    }
    p += width;
  }
  last = r;
  return r;
}

/** Spaces in an entry match any white space: a run of them as \\s+, a quantified one (the " ?" of
 * "no\\.? ?1") as \\s with its quantifier. */
const spacesAsWhiteSpace = (src: string) => src.replace(/ +([?*]|\{\d*,?\d*\})?/g, (_, q?: string) => (q ? `\\s${q}` : '\\s+'));

/** The regex source a lexicon entry is matched with, on the lower-cased text. */
export const entrySource = (phrase: string, regex: boolean) => lowerPattern(spacesAsWhiteSpace(regex ? phrase : escape(phrase)));

/** Index the entries of a lexicon, under a new id. */
function indexLexicon(sources: string[]): number {
  const id = lexicons.length;
  const lexicon: Lexicon = { sources, anywhere: [], first: lexiconOf.length };
  for (let i = 0; i < sources.length; i++) {
    const entry = lexiconOf.length;
    lexiconOf.push(id);
    placeOf.push(i);
    const prefixes = regexPrefixes(sources[i]!);
    // A first letter of any kind ("[a-z]+'s address") is no key at all: such an entry is tried
    // like one that may start anywhere.
    if (!prefixes || prefixes.filter((p) => p.length === 1).length >= 20) lexicon.anywhere.push({ entry: i, clauses: requiredClauses(sources[i]!) });
    else {
      for (const key of new Set(prefixes.map(prefixKey))) {
        const slot = sharedByKey.get(key);
        if (slot) slot.entries.push(entry);
        else sharedByKey.set(key, { entries: [entry], reading: 0, held: [] });
        keyBits[(key >>> 5) & 2047]! |= 1 << (key & 31);
      }
    }
  }
  lexicons.push(lexicon);
  return id;
}

/**
 * A matcher for a lexicon written in the code (it joins the shared index, which keeps every
 * lexicon it is given: a policy's lists, which change, use `alternationMatcher`). `phrases` match
 * case-insensitively, as whole words; spaces in a phrase match any run of white
 * space, " ?" an optional one). Entries may hold regex syntax when `regex` is true (e.g. "lo+l"); since case is ignored,
 * an entry cannot ask for capitals (\p{Lu} never matches): rules that need case use their own regex.
 * At each place a word may start, the first entry (in lexicon order) that matches there wins, and
 * matches do not overlap, as in one alternation scanned left to right (`alternationMatcher`).
 */
export function phraseMatcher(phrases: readonly string[], { regex: isRegex = false } = {}) {
  if (phrases.length === 0) return (_text: string): PhraseMatch[] => [];
  // Each entry is tried only where the text starts as the entry can, with a small sticky regex
  // compiled at its first try. The lexicon is indexed at its first call: some are read only in
  // crisis mode or after another cue.
  let id: number | undefined;
  const lexicon = () => lexicons[(id ??= indexLexicon(phrases.map((p) => entrySource(p, isRegex))))]!;
  const compiled: (RegExp | undefined)[] = [];
  const entry = (i: number) => (compiled[i] ??= regex(`(?:${lexicon().sources[i]})(?![\\p{L}\\p{N}_])`, 'uy'));
  // An entry that may start anywhere is looked for by one scan of the text, which V8 runs faster
  // than a try at every word start; it finds exactly the word starts where the entry matches.
  const scanners: (RegExp | undefined)[] = [];
  const scanner = (i: number) =>
    (scanners[i] ??= regex(`(?<![\\p{L}\\p{N}_])(?=\\S)(?:${lexicon().sources[i]})(?![\\p{L}\\p{N}_])`, 'gu'));

  /** Every (position, entry) pair where the text starts as the entry may, in order. */
  const candidates = (lower: string): Float64Array => {
    const lex = lexicon();
    const r = read(lower);
    const keyed = r.candidates[id!] ?? [];
    const scanned: number[] = [];
    for (const { entry, clauses } of lex.anywhere) {
      if (!holds(r, lex.first + entry) || !clauses.every((runs) => runs.some((run) => lower.includes(run)))) continue;
      const re = scanner(entry);
      re.lastIndex = 0;
      for (let m = re.exec(lower); m; m = re.exec(lower)) {
        scanned.push(m.index * ENTRY_BITS + entry);
        re.lastIndex = m.index + (lower.codePointAt(m.index)! > 0xffff ? 2 : 1);
      }
    }
    const all = new Float64Array(keyed.length + scanned.length);
    all.set(keyed);
    all.set(scanned, keyed.length);
    return all.sort(); // a typed array sorts numbers without a comparator call
  };

  return (text: string): PhraseMatch[] => {
    const lower = lowerKeepingOffsets(text);
    const out: PhraseMatch[] = [];
    let free = 0;
    for (const c of candidates(lower)) {
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

const WORD_END = '(?![\\p{L}\\p{N}_])';

/**
 * The same matches as `phraseMatcher` (an entry that can match nothing aside), found by one
 * alternation of all the entries scanned from each word start. For short lists that come and go
 * with a policy (allowed terms): they stay out of the shared index.
 */
export function alternationMatcher(phrases: readonly string[], { regex: isRegex = false } = {}) {
  if (phrases.length === 0) return (_text: string): PhraseMatch[] => [];
  const sources = phrases.map((p) => entrySource(p, isRegex));
  // Each entry is a group of its own: the first group that took part names the entry. An entry's
  // own groups come after it, so count them.
  const groupOf: number[] = [];
  let group = 1;
  for (const s of sources) {
    groupOf.push(group);
    group += regex(`${s}|`, 'u').exec('')!.length;
  }
  const all = regex(`(?<![\\p{L}\\p{N}_])(?=\\S)(?:${sources.map((s) => `(${s})${WORD_END}`).join('|')})`, 'gu');
  return (text: string): PhraseMatch[] =>
    [...lowerKeepingOffsets(text).matchAll(all)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      phrase: phrases[groupOf.findIndex((g) => m[g] !== undefined)]!,
    }));
}
