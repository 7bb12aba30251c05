// The first characters any match of a regex source can start with, read from the source itself:
// "(?:kill|murder)s?" starts with "ki" or "mu"; "\d+%" with a digit; "\S+" with anything (unknown).
// Lets a lexicon try an entry only where the text starts that way, instead of running one huge
// alternation at every position (which V8 takes tens of milliseconds to compile on first use).
// Over-approximates, never misses: whatever it cannot read (classes such as \w or [^…],
// backreferences) ends the prefix there, and an entry with no known first character is `undefined`.

/** How many leading UTF-16 units a prefix keeps at most. White space is written as one " ". */
export const PREFIX_LENGTH = 4;
const MAX_PREFIXES = 256;
// A prefix whose continuation is unknown ends with this mark, so nothing is appended to it.
const OPEN = '\u0000';

interface Item {
  /** The strings this item can match (closed ones whole, open ones as a prefix), or null: unknown. */
  strings: string[] | null;
  optional: boolean;
  repeats: boolean;
}

const DIGITS = [...'0123456789'];
// An escape, whole: \p{L}, \k<name>, \u{1F600}, \u00e9, \x41, \cA, or a backslash and one character.
const ESCAPE = /^\\(?:[pPk]\{[^}]*\}|k<[^>]*>|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|c[A-Za-z]|[\s\S])/;
const QUANTIFIER = /^(?:[?*+]|\{(\d+)(,(\d*))?\})/;
// Characters that mean something in a regex; any other stands for itself.
const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
const ESCAPED_CHAR: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

class Reader {
  i = 0;
  constructor(
    readonly src: string,
    /** The prefix length sought. */
    readonly k: number,
  ) {}

  alternatives(): Item[][] {
    const alts: Item[][] = [[]];
    while (this.i < this.src.length && this.src[this.i] !== ')') {
      if (this.src[this.i] === '|') {
        this.i++;
        alts.push([]);
      } else alts[alts.length - 1]!.push(this.item());
    }
    return alts;
  }

  item(): Item {
    const strings = this.atom();
    let optional = false;
    let repeats = false;
    const q = '?*+{'.includes(this.src[this.i] ?? '|') ? QUANTIFIER.exec(this.src.slice(this.i, this.i + 12)) : null;
    if (q) {
      const c = q[0][0];
      const min = c === '{' ? Number(q[1]) : c === '+' ? 1 : 0;
      const max = c === '{' ? (q[2] ? (q[3] ? Number(q[3]) : Infinity) : min) : c === '?' ? 1 : Infinity;
      optional = min === 0;
      repeats = max > 1;
      this.i += q[0].length;
      if (this.src[this.i] === '?') this.i++;
    }
    return { strings, optional, repeats };
  }

  atom(): string[] | null {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    this.i++;
    if (c === '.') return null;
    if (c === '^' || c === '$') return [''];
    const cp = this.src.codePointAt(this.i - 1)!;
    if (cp > 0xffff) this.i++;
    return [String.fromCodePoint(cp)];
  }

  group(): string[] | null {
    const src = this.src;
    let lookaround = false;
    if (src[this.i + 1] !== '?') this.i += 1; // "(": a capturing group
    else if (src.startsWith('(?:', this.i)) this.i += 3;
    else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) [this.i, lookaround] = [this.i + 3, true];
    else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) [this.i, lookaround] = [this.i + 4, true];
    else this.i = src.indexOf('>', this.i) + 1; // "(?<name>"
    const alts = this.alternatives();
    this.i++; // ")"
    if (lookaround) return ['']; // zero width
    const out = new Set<string>();
    for (const alt of alts) {
      const p = sequencePrefixes(alt, this.k);
      if (!p) return null;
      for (const s of p) out.add(s);
    }
    return out.size > MAX_PREFIXES ? null : [...out];
  }

  charClass(): string[] | null {
    const end = skipGroupOrClass(this.src, this.i);
    const body = this.src.slice(this.i + 1, end);
    this.i = end + 1;
    if (body.startsWith('^')) return null;
    const out: string[] = [];
    const r = new Reader(body, this.k);
    while (r.i < body.length) {
      const one = body[r.i] === '\\' ? r.escape(true) : [body[r.i++]!];
      if (!one || one.length !== 1) return null;
      if (body[r.i] === '-' && r.i + 1 < body.length) {
        r.i++;
        const to = body[r.i] === '\\' ? r.escape(true) : [body[r.i++]!];
        if (!to || to.length !== 1) return null;
        const [a, b] = [one[0]!.charCodeAt(0), to[0]!.charCodeAt(0)];
        if (b - a > 64) return null;
        for (let k = a; k <= b; k++) out.push(String.fromCharCode(k));
      } else out.push(one[0]!);
    }
    return out;
  }

  /** An escape at `this.i`: its characters, [''] for a zero-width one, null for a class. */
  escape(inClass: boolean): string[] | null {
    const m = ESCAPE.exec(this.src.slice(this.i, this.i + 40));
    if (!m) return null; // a lone backslash at the end
    this.i += m[0].length;
    const hex = m[1] ?? m[2] ?? m[3];
    if (hex) return [String.fromCodePoint(parseInt(hex, 16)).toLowerCase()];
    if (m[0].length > 2) return null; // \p{…}, \k<…>, \cX
    const next = m[0][1]!;
    if (next === 'd') return DIGITS;
    if (next === 's') return inClass ? null : [' '];
    if (next === 'b' || next === 'B') return inClass ? null : [''];
    if (/[SwWD0-9]/.test(next)) return null; // classes, backreferences, \0 (OPEN's character)
    return [ESCAPED_CHAR[next] ?? next];
  }
}

/** Prefixes of a sequence of items, each at most `k` units long (open ones end in OPEN). */
function sequencePrefixes(items: Item[], k: number, from = 0, acc = '', out = new Set<string>()): Set<string> | null {
  if (out.size > MAX_PREFIXES) return null;
  if (acc.endsWith(OPEN) || acc.length >= k) {
    out.add(acc.endsWith(OPEN) ? acc : acc.slice(0, k));
    return out;
  }
  if (from === items.length) {
    out.add(acc);
    return out;
  }
  const item = items[from]!;
  if (item.optional && !sequencePrefixes(items, k, from + 1, acc, out)) return null;
  if (!item.strings) {
    out.add(acc + OPEN);
    return out;
  }
  for (const s of item.strings) {
    // After one repetition, the next character may be another repetition or what follows: stop there.
    const next = acc + s;
    const grown = item.repeats && s !== '' && !next.endsWith(OPEN) ? next + OPEN : next;
    if (!sequencePrefixes(items, k, from + 1, grown, out)) return null;
  }
  return out;
}

/**
 * The strings (1 to PREFIX_LENGTH units, in the case the source is written in, white space as " ")
 * that every match of `source` starts with, or undefined when a match could start with anything.
 * Shorter prefixes are tried when the longer ones would be too many.
 */
export function regexPrefixes(source: string): string[] | undefined {
  const plain = plainPrefix(source);
  if (plain) return [plain];
  for (let k = PREFIX_LENGTH; k >= 1; k--) {
    const reader = new Reader(source, k);
    const alts = reader.alternatives();
    if (reader.i < source.length) return undefined; // an unbalanced ")": do not guess
    const out = new Set<string>();
    let known = true;
    for (const alt of alts) {
      const p = sequencePrefixes(alt, k);
      if (!p) {
        known = false;
        break;
      }
      for (const s of p) out.add(s.endsWith(OPEN) ? s.slice(0, -1) : s);
    }
    if (!known) continue;
    return out.has('') ? undefined : [...out];
  }
  return undefined;
}

/** The prefix of a source that starts with PREFIX_LENGTH plain characters (or a plain word and
 * white space: "calm\\s+down" → "calm", "i\\s+quit" → "i ") and no alternation at its top level,
 * read without parsing: most lexicon entries are like this. Undefined for any other source. */
function plainPrefix(source: string): string | undefined {
  if (topLevelAlternatives(source).length > 1) return undefined;
  let out = '';
  for (let i = 0; i < source.length && out.length < PREFIX_LENGTH; i++) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '\\') return out && next === 's' && source[i + 2] === '+' ? out + ' ' : undefined;
    if (SPECIAL.has(c) || c.charCodeAt(0) >= 0xd800 || next === '?' || next === '*' || next === '{' || next === '+') return undefined;
    out += c;
  }
  return out || undefined;
}

/**
 * What every match of `source` contains, read from the source: clauses, each a list of plain runs
 * (3 units or more) of which every match holds at least one. "\\p{L}+\\s+your\\s+(?:schedule|diary)"
 * gives [["your"], ["schedule", "diary"]]. A group that may be skipped, a lookaround, or an
 * alternative with no such run adds no clause. Lets a lexicon pass over entries whose words a text
 * does not hold.
 */
export function requiredClauses(source: string): string[][] {
  const alternatives = topLevelAlternatives(source);
  if (alternatives.length > 1) {
    const either = unionOfBest(alternatives);
    return either ? [either] : [];
  }
  const clauses: string[][] = [];
  let run = '';
  const end = () => {
    if (run.length >= 3) clauses.push([run]);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '\\' && next !== undefined && !/[\p{L}\p{N}]/u.test(next)) {
      run += next; // an escaped punctuation mark stands for itself
      i++;
    } else if (c === '\\' || c === '.' || c === '^' || c === '$') {
      end();
      if (c === '\\') i += escapeLength(source, i) - 1;
    } else if (c === '[') {
      end();
      i = skipGroupOrClass(source, i);
    } else if (c === '(') {
      end();
      const close = skipGroupOrClass(source, i);
      const after = source[close + 1];
      const optional = after === '?' || after === '*' || (after === '{' && source[close + 2] === '0');
      const lookaround = /^\(\?(?:[=!]|<[=!])/.test(source.slice(i, i + 4));
      if (!optional && !lookaround) {
        const body = source.slice(source[i + 1] !== '?' ? i + 1 : source[i + 2] === ':' ? i + 3 : source.indexOf('>', i) + 1, close);
        const either = unionOfBest(topLevelAlternatives(body));
        if (either) clauses.push(either);
      }
      i = close;
    } else if (c === '?' || c === '*' || (c === '{' && next === '0')) {
      run = run.slice(0, -1); // the character before is optional
      end();
      if (c === '{') i = source.indexOf('}', i);
    } else if (c === '+' || c === '{') {
      end();
      if (c === '{') i = source.indexOf('}', i);
    } else run += c;
  }
  end();
  return clauses;
}

/** One clause that holds whichever alternative matched: each one's most telling clause, merged;
 * undefined when some alternative requires nothing. */
function unionOfBest(alternatives: string[]): string[] | undefined {
  const union = new Set<string>();
  for (const alt of alternatives) {
    const clauses = requiredClauses(alt);
    if (clauses.length === 0) return undefined;
    // The clause a text is least likely to hold: fewest runs, then the longest shortest run.
    const best = clauses.reduce((a, b) => (b.length < a.length || (b.length === a.length && shortest(b) > shortest(a)) ? b : a));
    for (const r of best) union.add(r);
  }
  return [...union];
}

const shortest = (runs: string[]) => Math.min(...runs.map((r) => r.length));

/** `source` cut at each "|" outside any group or class ("a|b(?:c|d)" → "a", "b(?:c|d)"). */
function topLevelAlternatives(source: string): string[] {
  if (!source.includes('|')) return [source]; // most entries: read at every engine start
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i += escapeLength(source, i) - 1;
    else if (c === '[' || c === '(') i = skipGroupOrClass(source, i);
    else if (c === '|') {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** How many characters the escape at `i` takes: "\\d" 2, "\\u00e9" 6, "\\p{L}" 5, "\\k<name>" 8. */
function escapeLength(source: string, i: number): number {
  return ESCAPE.exec(source.slice(i, i + 40))?.[0].length ?? 1;
}

/** The index of the ")" or "]" closing the group or class that opens at `i`. */
function skipGroupOrClass(source: string, i: number): number {
  if (source[i] === '[') {
    while (i + 1 < source.length && source[++i] !== ']') if (source[i] === '\\') i++;
    return i;
  }
  let depth = 0;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = skipGroupOrClass(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return i;
}
