// Policy terms (crisis terms, watchlist) matched as whole words, case-insensitively, also inside a
// CamelCase hashtag: "luxury" finds "#QantasLuxury" and "Luxury", not "luxuryhotels" or "deluxe".
// A term written as a hashtag ("#notguilty") matches that hashtag only; a several-word term ("Casey
// Anthony") also matches its hashtag form ("#CaseyAnthony").
import type { PhraseMatch } from './phrases';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);
const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);

export function termMatcher(terms: readonly string[]) {
  const list = terms.map((t) => t.trim()).filter((t) => t.length > 0);
  if (list.length === 0) return (_text: string): PhraseMatch[] => [];
  const sources: string[] = [];
  const owners: number[] = [];
  list.forEach((t, i) => {
    sources.push(escape(t).replace(/\s+/g, '\\s+'));
    owners.push(i);
    if (!t.startsWith('#') && /\s/.test(t)) {
      sources.push(`#${escape(t.replace(/\s+/g, ''))}`);
      owners.push(i);
    }
  });
  const order = sources.map((_, i) => i).sort((a, b) => sources[b]!.length - sources[a]!.length);
  const re = new RegExp(order.map((i) => `(${sources[i]})`).join('|'), 'giu');
  return (text: string): PhraseMatch[] => {
    const out: PhraseMatch[] = [];
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1];
      const after = text[end];
      const first = text[start];
      const last = text[end - 1];
      const leftOk = first === '#' ? !isWord(before) : !isWord(before) || before === '#' || (isLower(before) && isUpper(first));
      const rightOk = !isWord(after) || (isLower(last) && isUpper(after)) || (isUpper(last) && isUpper(after) && isLower(text[end + 1]));
      if (!leftOk || !rightOk) continue;
      const g = m.slice(1).findIndex((x) => x !== undefined);
      out.push({ start, end, phrase: list[owners[order[g]!]!]! });
    }
    return out;
  };
}
