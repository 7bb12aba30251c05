// Contempt for people from an account: a group named with scorn ("can you imagine having to work with
// these truth twisters?", "qué panda de ignorantes", "what a bunch of clowns"), or a label for people
// beside a word of scorn ("remoaners are so deluded", "lamentable el argumentario de tuiteros
// podemitas"), also a sentence of nothing but scorn after the label ("…tuiteros podemitas. Irracional
// y mediocre"). Insults and swearing are the offensive rule's; this is sneering without them, which a
// brand or an official body reads as picking a fight. Each signal needs its target: a word of scorn
// alone is a critic's ("'mediocre', said one review"), a label alone is news. Quoted speech, titles
// in capitals ("these Pretty Little Liars") and banter with love in it ("we love these idiots ❤️")
// are left alone. Severity: a warning from a brand (critical when it answers someone), a hint from
// anyone else, whose voice it is.
// Hand-written over data (lexicons/<lang>/tone.ts, `contempt`).
import * as en from '../lexicons/en/tone';
import * as es from '../lexicons/es/tone';
import type { Report, Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { isBrandAnswer } from '../text/audience';
import { regex } from '../text/letters';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { inside, quotedSpans } from '../text/quotes';
import { ANY_STOP, sentenceEnd, sentenceStart } from '../text/sentence';

const groupSet = new Set([...en.contempt.group, ...es.contempt.group]);
const scorned = phraseMatcher([...groupSet, ...en.contempt.labelled, ...es.contempt.labelled], { regex: true });
const labels = phraseMatcher([...en.contempt.label, ...es.contempt.label], { regex: true });
const fondness = phraseMatcher([...en.contempt.fondness, ...es.contempt.fondness], { regex: true });
// A sentence of nothing but scorn ("Irracional y mediocre.", "Pathetic and deluded"), hashtags after it allowed.
const SNEER = `(?:${en.contempt.sneer}|${es.contempt.sneer})`;
const SCORN_ONLY = regex(`^\\s*${SNEER}(?:\\s*(?:,|y|e|and|&|ni)\\s*${SNEER}){0,3}[\\s.!…]*(?:#[\\p{L}\\p{N}_]+\\s*)*$`, 'iu');
/** How far back from such a sentence the label it is said of may be. */
const LABEL_REACH = 200;
const HEARTS = /❤|♥|💕|💖|💛|💙|💚|💜|🧡|🥰|😍|😘|🤗/u;
// The group's last word in capitals is a name or a title ("these Pretty Little Liars").
const CAPITALISED_END = regex('(?<![\\p{L}])\\p{Lu}[\\p{L}-]*$', 'u');

export const toneContempt: Rule = {
  meta: {
    id: 'tone-contempt',
    category: 'tone',
    severity: 'warning',
    description: 'Contempt for people from an account: a group called names or sneered at ("these truth twisters", "qué panda de ignorantes").',
  },
  check(ctx) {
    const text = foldApostrophes(ctx.text);
    const quotes = quotedSpans(text);
    const found =
      scorned(text).find(
        (m) => !inside(quotes, m.start, m.end) && !(groupSet.has(m.phrase) && CAPITALISED_END.test(ctx.text.slice(m.start, m.end))) && !fondly(text, m),
      ) ?? scornAfterLabel(text, quotes);
    if (!found) return [];
    const severity = ctx.account.kind !== 'brand' ? 'info' : isBrandAnswer(ctx) ? 'critical' : 'warning';
    const report: Report = {
      start: found.start,
      end: found.end,
      severity,
      message: `"${ctx.text.slice(found.start, found.end)}" sneers at a group of people; from an account, it reads as picking a fight.`,
      suggestion: 'Answer the argument, or leave it; never the people.',
    };
    return [report];
  },
};

/** Whether the sentence of the match says it with love. */
function fondly(text: string, m: PhraseMatch): boolean {
  const start = sentenceStart(text, m.start, 200);
  const end = sentenceEnd(text, m.end, 200);
  return HEARTS.test(text.slice(start, end)) || fondness(text).some((f) => f.start >= start && f.end <= end);
}

/** A sentence of nothing but scorn, with a label for people in the text just before it. */
function scornAfterLabel(text: string, quotes: ReturnType<typeof quotedSpans>): { start: number; end: number } | undefined {
  let named: PhraseMatch[] | undefined;
  let from = 0;
  for (const stop of [...text.matchAll(ANY_STOP), { index: text.length }]) {
    const end = stop.index;
    const sentence = text.slice(from, end);
    // Not a question ("Mediocre? Never.") nor a quote.
    if (from > 0 && text[end] !== '?' && SCORN_ONLY.test(sentence) && !/["“”«»']/u.test(sentence)) {
      named ??= labels(text).filter((l) => !inside(quotes, l.start, l.end));
      const label = named.find((l) => l.end <= from && l.start >= from - LABEL_REACH);
      if (label) return { start: label.start, end: from + sentence.trimEnd().replace(/[\s.!…]+$/u, '').length };
    }
    from = end + 1;
  }
  return undefined;
}
