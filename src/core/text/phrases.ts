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
  const alternation = sources.map((s, i) => `(?<p${i}>${s})`).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'giu');
  return (text: string): PhraseMatch[] => {
    const out: PhraseMatch[] = [];
    for (const m of text.matchAll(re)) {
      const groups = m.groups ?? {};
      const i = sources.findIndex((_, k) => groups[`p${k}`] !== undefined);
      out.push({ start: m.index, end: m.index + m[0].length, phrase: phrases[i] ?? m[0] });
    }
    return out;
  };
}
