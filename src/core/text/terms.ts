// Policy terms (blocked terms, crisis terms, watchlist) matched as whole words, case-insensitively,
// also inside a CamelCase #hashtag or @handle: "luxury" finds "#QantasLuxury" and "Luxury", not
// "luxuryhotels", "deluxe", or "PlayStation" for "station" (CamelCase in running text is a name).
// A term written as a hashtag ("#notguilty") matches that hashtag only; a several-word term ("Casey
// Anthony") also matches its hashtag form ("#CaseyAnthony") and casey_anthony, Casey-Anthony.
import { escapeRegExp, type PhraseMatch } from './phrases';
import { regex } from './letters';

const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);
const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);

/** Whether the word at `at` belongs to a #hashtag or an @handle. */
function inTag(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isWord(text[i])) i--;
  return text[i] === '#' || text[i] === '@';
}

export function termMatcher(terms: readonly string[]) {
  const list = terms.map((t) => t.trim()).filter((t) => t.length > 0);
  if (list.length === 0) return (_text: string): PhraseMatch[] => [];
  const sources: string[] = [];
  const owners: number[] = [];
  list.forEach((t, i) => {
    sources.push(t.split(/\s+/).map(escapeRegExp).join('[\\s_-]+'));
    owners.push(i);
    if (!t.startsWith('#') && /\s/.test(t)) {
      sources.push(`#${escapeRegExp(t.replace(/\s+/g, ''))}`);
      owners.push(i);
    }
  });
  const order = sources.map((_, i) => i).sort((a, b) => sources[b]!.length - sources[a]!.length);
  const re = regex(order.map((i) => `(${sources[i]})`).join('|'), 'giu');
  return (text: string): PhraseMatch[] => {
    const out: PhraseMatch[] = [];
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1];
      const after = text[end];
      const first = text[start];
      const last = text[end - 1];
      // A CamelCase edge counts only inside a #hashtag or an @handle.
      const tag = first === '#' || first === '@' || ((isWord(before) || isWord(after)) && inTag(text, start));
      const leftOk = first === '#' ? !isWord(before) : !isWord(before) || before === '#' || (tag && isLower(before) && isUpper(first));
      const rightOk =
        !isWord(after) || (tag && ((isLower(last) && isUpper(after)) || (isUpper(last) && isUpper(after) && isLower(text[end + 1]))));
      if (!leftOk || !rightOk) continue;
      const g = m.slice(1).findIndex((x) => x !== undefined);
      out.push({ start, end, phrase: list[owners[order[g]!]!]! });
    }
    return out;
  };
}
