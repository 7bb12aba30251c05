// Sentence edges for rules that judge words by the sentence they share. Crude on purpose (no list
// of abbreviations): the rules' lexicons and tests are tuned to exactly these stops. Sentence
// numbering for sensitive-event, which also counts "…" and needs a space after a stop, is its own.

/** Any . ! ? or line break ends a sentence, also the dot in "3.5" or "e.g.". Global: for matchAll. */
export const ANY_STOP = /[.!?\n]/g;
/** Only . ! ? before a space, or a line break: "Tel.:" and "3.5" stay inside their sentence. */
export const STOP_THEN_SPACE = /[.!?](?= )|\n/g;

/** Where the sentence holding `at` starts: just after the last stop in the `reach` characters
 * before `at` (a stop's look-ahead sees no further than `at`), or `reach` back when there is none. */
export function sentenceStart(text: string, at: number, reach: number, stops: RegExp = ANY_STOP): number {
  const from = Math.max(0, at - reach);
  let start = from;
  for (const m of text.slice(from, at).matchAll(stops)) start = from + m.index + m[0].length;
  return start;
}

/** Where the sentence holding `at` ends: at the first stop from `at` on, or `reach` ahead. */
export function sentenceEnd(text: string, at: number, reach: number): number {
  const to = Math.min(text.length, at + reach);
  const i = text.slice(at, to).search(ANY_STOP);
  return i < 0 ? to : at + i;
}

/** The sentence around [start, end), read at most `reach` characters each way. */
export const sentenceAround = (text: string, start: number, end: number, reach: number): string =>
  text.slice(sentenceStart(text, start, reach), sentenceEnd(text, end, reach));

/** Whether nothing between `from` and `to` ends a sentence (an empty or reversed range: true). */
export const inOneSentence = (text: string, from: number, to: number): boolean => text.slice(from, to).search(ANY_STOP) < 0;
