// Replies that blame, lecture, dismiss or mock the person a brand answers ("calm down", "you
// people", "read the terms", "as we already said"), and arrogance about criticism ("you don't really
// believe…", "nobody would work for us if…"), sarcasm at the person ("thanks for the lesson in
// manners", "our page, our rules", "consider it noted, sweetie"). A brand answering someone is the
// worst case; quoted speech is left alone, and so is an apology ("we're really sorry…"), which the
// lexicon never holds. Sarcasm markers are only cold alone ("Noted."): two of them, or one beside a
// pet name, in a reply read as talking down.
// Hand-written over data (lexicons/<lang>/tone.ts): tone classifiers are large, English-only models.
import * as en from '../lexicons/en/tone';
import * as es from '../lexicons/es/tone';
import type { Report, Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { isAddressed, isBrandAnswer } from '../text/audience';
import { phraseMatcher } from '../text/phrases';
import { inside, quotedSpans } from '../text/quotes';

const strongSet = new Set([...en.dismissive.strong, ...es.dismissive.strong]);
const find = phraseMatcher([...strongSet, ...en.dismissive.mild, ...es.dismissive.mild], { regex: true });
const petSet = new Set([...en.sarcasm.petNames, ...es.sarcasm.petNames]);
const sarcastic = phraseMatcher([...en.sarcasm.markers, ...es.sarcasm.markers, ...petSet], { regex: true });

// Eye-rolling at the person answered.
const EYE_ROLL = /🙄|😒|🤦/u;
const EMOJI = /\p{Extended_Pictographic}/u;

const MESSAGE = (phrase: string) =>
  /calm|cálm|tranquil|relaj/i.test(phrase)
    ? `Telling someone to "${phrase}" usually makes things worse.`
    : `"${phrase}" reads as dismissive or blaming; people share replies like this.`;

export const toneDismissive: Rule = {
  meta: {
    id: 'tone-dismissive',
    category: 'tone',
    severity: 'warning',
    description: 'Replies that blame, lecture, dismiss or mock the customer, and arrogance about criticism.',
  },
  check(ctx) {
    const text = foldApostrophes(ctx.text);
    const quotes = quotedSpans(text);
    const loud = isBrandAnswer(ctx) ? 'critical' : isAddressed(ctx) || ctx.account.kind === 'brand' ? 'warning' : 'info';
    const out: Report[] = [];
    for (const m of find(text)) {
      if (inside(quotes, m.start, m.end)) continue;
      const phrase = ctx.text.slice(m.start, m.end);
      if (strongSet.has(m.phrase)) {
        out.push({ start: m.start, end: m.end, severity: loud, message: MESSAGE(phrase), suggestion: 'Acknowledge the problem and say what you will do about it.' });
        continue;
      }
      out.push({
        start: m.start,
        end: m.end,
        severity: 'info',
        message: `"${phrase}" can sound cold or defensive to a customer.`,
      });
    }
    const sarcasm = isAddressed(ctx) && !out.some((r) => r.severity !== 'info') ? talkingDown(text, quotes) : undefined;
    if (sarcasm) {
      out.push({
        start: sarcasm.start,
        end: sarcasm.end,
        severity: loud,
        message: `"${ctx.text.slice(sarcasm.start, sarcasm.end)}" reads as sarcastic and talking down to the person.`,
        suggestion: 'Answer the point itself, plainly.',
      });
    }
    const roll = isAddressed(ctx) ? EYE_ROLL.exec(ctx.text) : null;
    if (roll && !inside(quotes, roll.index, roll.index + roll[0].length)) {
      out.push({
        start: roll.index,
        end: roll.index + roll[0].length,
        severity: ctx.account.kind === 'brand' ? 'warning' : 'info',
        message: 'An eye-roll in a reply reads as mocking the person.',
        suggestion: 'Leave it out.',
      });
    }
    return out;
  },
};

/** The first sarcasm marker of a reply that holds two different ones, or one and a pet name. */
function talkingDown(text: string, quotes: ReturnType<typeof quotedSpans>): { start: number; end: number } | undefined {
  const found = sarcastic(text).filter((m) => !inside(quotes, m.start, m.end));
  const markers = found.filter((m) => !petSet.has(m.phrase));
  // An emoji alone is play ("Buddy, you nailed it 🙃"): it takes a word of sarcasm to start with.
  if (!markers.some((m) => !EMOJI.test(m.phrase))) return undefined;
  const kinds = new Set(markers.map((m) => m.phrase));
  return kinds.size >= 2 || markers.length < found.length ? markers[0] : undefined;
}
