// Letters and digits in regexes, as compact classes. Why: V8 builds the whole Unicode set of a
// property escape every time it creates a regex: [\p{L}\p{N}_] in a lookbehind and a lookahead
// costs about 0.15 ms per regex, and the engine's 300 of them were half of its start-up. These
// classes cost a twentieth of that. They are exact for Latin, Greek and Cyrillic, the scripts
// whose words the engine reads; every other script's blocks count as letters whole (their own
// punctuation with them); punctuation, spaces, symbols and emoji never count.

/** \p{L}: exact up to U+052F, then whole blocks; misses only the letter-like symbols (ℓ, ⁿ). */
export const LETTER =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4' +
  '\\u02ec\\u02ee\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c' +
  '\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f' +
  // Armenian to Greek Extended (Hebrew, Arabic, the Indic scripts, Latin Extended Additional…),
  // without the Ogham space mark.
  '\\u0530-\\u167f\\u1681-\\u1fff' +
  // Glagolitic to Cyrillic Extended-A; the CJK iteration marks; kana and CJK to Hangul;
  // compatibility and presentation forms; full- and half-width letters.
  '\\u2c00-\\u2dff\\u3005\\u3006\\u3031-\\u3035\\u303b\\u303c\\u3040-\\u318f\\u31a0-\\u31ff\\u3400-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufefc' +
  '\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffdc' +
  // Historic scripts and mathematical letters (𝐅𝐑𝐄𝐄); CJK extensions. Emoji start at U+1F000.
  '\\u{10000}-\\u{1efff}\\u{20000}-\\u{3ffff}';

/** \p{N}: exact up to U+052F, and full-width digits; other scripts' digits are in LETTER's blocks,
 * and numeric symbols (①, Ⅻ, ⅓) are in neither. */
export const DIGIT = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be\\uff10-\\uff19';

const CLASS: Record<string, string> = { L: LETTER, N: DIGIT };
const ESCAPE = /\\p\{([LN])\}/y;

/** The source with \p{L} and \p{N} read as LETTER and DIGIT, inside a class or standing alone. */
export function compactClasses(source: string): string {
  if (!source.includes('\\p{')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      ESCAPE.lastIndex = i;
      const m = ESCAPE.exec(source);
      if (m) {
        out += inClass ? CLASS[m[1]!] : `[${CLASS[m[1]!]}]`;
        i += m[0].length - 1;
      } else {
        out += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** new RegExp, with \p{L} and \p{N} compacted when the flags read Unicode. */
export function regex(source: string, flags = ''): RegExp {
  return new RegExp(/[uv]/.test(flags) ? compactClasses(source) : source, flags);
}

/** A regex written like a literal: re('gu')`(?<![\p{L}])word`. */
export const re =
  (flags = '') =>
  (strings: TemplateStringsArray, ...values: unknown[]): RegExp =>
    regex(String.raw(strings, ...values), flags);
