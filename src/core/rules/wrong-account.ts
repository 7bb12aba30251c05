// Text that reads as one person's private life (a hangover, the landlord, a new job of one's own), a
// staff member's own grievance ("60 of us are being fired"), or a personal political opinion or jab,
// about to go out from a BRAND account: the classic brand-account disaster. Never on personal or
// unknown accounts. First-person wording over data (lexicons/<lang>/personal.ts); a brand voice ("we",
// "our crew", "Meet Lucía…") never matches, and quoted speech (a brand quoting an employee) is left
// alone.
import * as en from '../lexicons/en/personal';
import * as es from '../lexicons/es/personal';
import type { Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { inside, quotedSpans } from '../text/quotes';
import { inOneSentence } from '../text/sentence';

type Kind = 'private' | 'grievance' | 'career';
/** What each entry reads as, for the message (an entry in two lists keeps the first). */
const kindOf = new Map<string, Kind>();
for (const [kind, list] of [
  ['private', [...en.privateStates, ...es.privateStates, ...en.myPrivate, ...es.myPrivate]],
  ['grievance', [...en.staffGrievance, ...es.staffGrievance]],
  ['career', [...en.careerNews, ...es.careerNews]],
] as [Kind, string[]][]) {
  for (const e of list) if (!kindOf.has(e)) kindOf.set(e, kind);
}
const READS_AS: Record<Kind, string> = {
  private: "someone's private life",
  grievance: "a staff member's own grievance",
  career: "one person's own career news",
};

const personal = phraseMatcher([...kindOf.keys()], { regex: true });
const opinion = phraseMatcher([...en.opinion, ...es.opinion], { regex: true });
const politics = phraseMatcher([...en.politics, ...es.politics, ...en.partisans, ...es.partisans], { regex: true });
const partisans = phraseMatcher([...en.partisans, ...es.partisans], { regex: true });
const verdicts = phraseMatcher([...en.verdict, ...es.verdict], { regex: true });

function sameSentence(text: string, a: PhraseMatch, b: PhraseMatch): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return inOneSentence(text, first.end, second.start);
}

/** The first pair (one of `as`, one of `bs`) in one sentence, as one span. */
function pairInSentence(text: string, as: PhraseMatch[], bs: PhraseMatch[]): { start: number; end: number } | undefined {
  for (const a of as) {
    const b = bs.find((x) => sameSentence(text, a, x));
    if (b) return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  }
  return undefined;
}

export const wrongAccount: Rule = {
  meta: {
    id: 'wrong-account',
    category: 'wrong-account',
    severity: 'critical',
    description:
      "Personal posts (private life, one's own career news, staff grievances, political opinions) about to go out from a brand account.",
  },
  check(ctx) {
    if (ctx.account.kind !== 'brand') return [];
    const text = foldApostrophes(ctx.text);
    const quotes = quotedSpans(text);
    const outside = (m: PhraseMatch) => !inside(quotes, m.start, m.end);
    const where = ctx.account.label ?? ctx.draft.account ?? 'the brand account';
    const suggestion = 'Check which account you are posting from.';

    const hit = personal(text).find(outside);
    if (hit) {
      return [
        {
          start: hit.start,
          end: hit.end,
          message: `"${ctx.text.slice(hit.start, hit.end)}" reads as ${READS_AS[kindOf.get(hit.phrase) ?? 'private']}, and this is about to go out from ${where}.`,
          suggestion,
        },
      ];
    }
    const opinions = opinion(text).filter(outside);
    const stated = opinions.length > 0 ? pairInSentence(text, opinions, politics(text).filter(outside)) : undefined;
    if (stated) {
      return [{ ...stated, message: `This reads as a personal political opinion, and it is about to go out from ${where}.`, suggestion }];
    }
    // Without "I think", a blunt verdict on a politician or a party is still someone's own jab; a
    // caution, since a brand may have a word to say about politics.
    const named = partisans(text).filter(outside);
    const jab = named.length > 0 ? pairInSentence(text, named, verdicts(text).filter(outside)) : undefined;
    if (jab) {
      return [
        {
          ...jab,
          severity: 'warning',
          message: `This reads as a personal jab at a politician or party, and it is about to go out from ${where}.`,
          suggestion,
        },
      ];
    }
    return [];
  },
};
