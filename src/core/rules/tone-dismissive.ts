// Replies that blame, lecture, dismiss or mock the person a brand answers ("calm down", "you
// people", "read the terms", "as we already said"), and arrogance about criticism ("you don't really
// believe…", "nobody would work for us if…"), sarcasm at the person ("thanks for the lesson in
// manners", "our page, our rules", "consider it noted, sweetie"). A brand answering someone is the
// worst case; quoted speech is left alone, and so is an apology ("we're really sorry…"), which the
// lexicon never holds. Sarcasm markers are only cold alone ("Noted."): two of them, or one beside a
// pet name, in a reply read as talking down.
// Two kinds of blame need both of their halves. A counterfactual on what the brand published ("If you
// had read the terms, you would know…", "Si hubieras leído la póliza, sabrías…"), or on anything the
// person did with the trouble it caused ("if you had packed it properly, this wouldn't have
// happened", "you should have measured first", "tendrías que haberlo embalado mejor"), and asides
// such as "las etiquetas están para leerlas", are a reproach only when it answers someone (in a post
// to everyone it teases: "if you'd read our newsletter you'd know what drops Friday 😉"), and then
// it weighs as a strong entry. A lecture on people's own money (a bank's "why is my balance so low?
// Make coffee at home, skip the avocado toast") needs their money trouble and the habit blamed for it
// in one post: a coffee brand says "make coffee at home with our beans", a bank asks "where does your
// money go?"; together they are a strong entry too.
// An apology for the person's feelings ("we're sorry that you aren't happy with the bag", "lamentamos
// que no estés satisfecho") is a hint alone, and weighs as a strong entry beside a refusal ("we aren't
// planning on doing anything", "no vamos a hacer nada"), a justification that blames them ("as stated
// in the description") or any other blame in the draft; on condition that someone was hurt ("we
// apologise if anyone was offended") it always does. Owning the fault ("we got this wrong", "es culpa
// nuestra") makes either sincere.
// Hand-written over data (lexicons/<lang>/tone.ts): tone classifiers are large, English-only models.
import * as en from '../lexicons/en/tone';
import * as es from '../lexicons/es/tone';
import { overlapsAny, type Report, type Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { isAddressed, isBrandAnswer } from '../text/audience';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { inside, quotedSpans } from '../text/quotes';

const strongSet = new Set([...en.dismissive.strong, ...es.dismissive.strong]);
const find = phraseMatcher([...strongSet, ...en.dismissive.mild, ...es.dismissive.mild], { regex: true });
const petSet = new Set([...en.sarcasm.petNames, ...es.sarcasm.petNames]);
const sarcastic = phraseMatcher([...en.sarcasm.markers, ...es.sarcasm.markers, ...petSet], { regex: true });
const counterfactual = phraseMatcher([...en.counterfactualBlame, ...es.counterfactualBlame, ...en.hindsightBlame, ...es.hindsightBlame], { regex: true });
const conditionalSet = new Set([...en.conditionalApology, ...es.conditionalApology]);
const nonApologies = phraseMatcher([...conditionalSet, ...en.nonApology, ...es.nonApology], { regex: true });
const owned = phraseMatcher([...en.ownedFault, ...es.ownedFault], { regex: true });
const refusals = phraseMatcher([...en.refusal, ...es.refusal], { regex: true });
const offers = phraseMatcher([...en.offerAfterRefusal, ...es.offerAfterRefusal], { regex: true });
/** How far after a refusal an offer may come and undo it. */
const OFFER_REACH = 80;
const habits = phraseMatcher([...en.habitLecture, ...es.habitLecture], { regex: true });
const moneyTrouble = phraseMatcher([...en.moneyTrouble, ...es.moneyTrouble], { regex: true });
/** How far apart (in UTF-16 units) the money trouble and the habit blamed for it may be. */
const LECTURE_REACH = 300;

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
    const outside = (m: PhraseMatch) => !inside(quotes, m.start, m.end);
    // A second reading of a place already reported adds nothing.
    const fresh = (m: PhraseMatch) => outside(m) && !overlapsAny(out, m.start, m.end);
    const loud = isBrandAnswer(ctx) ? 'critical' : isAddressed(ctx) || ctx.account.kind === 'brand' ? 'warning' : 'info';
    const out: Report[] = [];
    for (const m of find(text)) {
      if (!outside(m)) continue;
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
    if (isAddressed(ctx)) {
      const blame = counterfactual(text).find(fresh);
      if (blame) {
        out.push({
          start: blame.start,
          end: blame.end,
          severity: loud,
          message: `"${ctx.text.slice(blame.start, blame.end)}" tells the person what they should have done; it reads as a reproach, not help.`,
          suggestion: 'Point to where the answer is, kindly, and help with the problem.',
        });
      }
    }
    const lecture = moneyLecture(text, outside);
    if (lecture) {
      out.push({
        start: lecture.start,
        end: lecture.end,
        severity: loud,
        message: `"${ctx.text.slice(lecture.start, lecture.end)}" lectures people about their own money and habits; it reads as condescending.`,
        suggestion: 'Offer the tip or the tool without blaming people for their spending.',
      });
    }
    const regret = nonApologies(text).find(fresh);
    // Owning the fault beside it ("we got this wrong") makes the apology sincere.
    if (regret && !owned(text).some(outside)) {
      // On condition that someone was hurt, or beside a refusal, a justification or blame, the
      // apology is the brush-off; alone it is a hint.
      const conditional = conditionalSet.has(regret.phrase);
      const firm = conditional || !!refusal(text, outside) || out.some((r) => r.severity !== 'info');
      const phrase = ctx.text.slice(regret.start, regret.end);
      out.push({
        start: regret.start,
        end: regret.end,
        severity: firm ? loud : 'info',
        message: conditional
          ? `"${phrase}" apologises only if someone was hurt; it reads as a non-apology.`
          : firm
            ? `"${phrase}" apologises for how the person feels, then refuses or blames; it reads as a non-apology.`
            : `"${phrase}" apologises for how the person feels rather than for what went wrong.`,
        suggestion: 'Apologise for what went wrong and say what you will do about it.',
      });
    }
    const sarcasm = isAddressed(ctx) && !out.some((r) => r.severity !== 'info') ? talkingDown(text, outside) : undefined;
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

/** The first refusal or justification with no offer right after it ("…, but we can rebook you"). */
function refusal(text: string, outside: (m: PhraseMatch) => boolean): PhraseMatch | undefined {
  const found = refusals(text).filter(outside);
  if (found.length === 0) return undefined;
  const offered = offers(text);
  return found.find((m) => !offered.some((o) => o.start >= m.end && o.start - m.end <= OFFER_REACH));
}

/** The habit blamed in a post that also speaks of the reader's money trouble, near it. */
function moneyLecture(text: string, outside: (m: PhraseMatch) => boolean): { start: number; end: number } | undefined {
  const blamed = habits(text).filter(outside);
  if (blamed.length === 0) return undefined;
  const trouble = moneyTrouble(text).filter(outside);
  return blamed.find((h) => trouble.some((t) => Math.abs(t.start - h.start) <= LECTURE_REACH));
}

/** The first sarcasm marker of a reply that holds two different ones, or one and a pet name. */
function talkingDown(text: string, outside: (m: PhraseMatch) => boolean): { start: number; end: number } | undefined {
  const found = sarcastic(text).filter(outside);
  const markers = found.filter((m) => !petSet.has(m.phrase));
  // An emoji alone is play ("Buddy, you nailed it 🙃"): it takes a word of sarcasm to start with.
  if (!markers.some((m) => !EMOJI.test(m.phrase))) return undefined;
  const kinds = new Set(markers.map((m) => m.phrase));
  return kinds.size >= 2 || markers.length < found.length ? markers[0] : undefined;
}
