// Text that reads as one person's private life (a hangover, the landlord, a new job of one's own) or
// a personal political opinion, about to go out from a BRAND account: the classic brand-account
// disaster. Never on personal or unknown accounts. First-person-singular wording over data
// (lexicons/<lang>/personal.ts); a brand voice ("we", "our crew", "Meet Lucía…") never matches, and
// quoted speech (a brand quoting an employee) is left alone.
import * as en from '../lexicons/en/personal';
import * as es from '../lexicons/es/personal';
import type { Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { inside, quotedSpans } from '../text/quotes';
import { inOneSentence } from '../text/sentence';

const personal = phraseMatcher(
  [...en.privateStates, ...es.privateStates, ...en.myPrivate, ...es.myPrivate, ...en.careerNews, ...es.careerNews],
  { regex: true },
);
const opinion = phraseMatcher([...en.opinion, ...es.opinion], { regex: true });
const politics = phraseMatcher([...en.politics, ...es.politics], { regex: true });

function sameSentence(text: string, a: PhraseMatch, b: PhraseMatch): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return inOneSentence(text, first.end, second.start);
}

export const wrongAccount: Rule = {
  meta: {
    id: 'wrong-account',
    category: 'wrong-account',
    severity: 'critical',
    description: "Personal posts (private life, one's own career news, political opinions) about to go out from a brand account.",
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
          message: `"${ctx.text.slice(hit.start, hit.end)}" reads as someone's private life, and this is about to go out from ${where}.`,
          suggestion,
        },
      ];
    }
    const opinions = opinion(text).filter(outside);
    if (opinions.length > 0) {
      const topics = politics(text).filter(outside);
      for (const o of opinions) {
        const t = topics.find((p) => sameSentence(text, o, p));
        if (t) {
          const start = Math.min(o.start, t.start);
          const end = Math.max(o.end, t.end);
          return [
            {
              start,
              end,
              message: `This reads as a personal political opinion, and it is about to go out from ${where}.`,
              suggestion,
            },
          ];
        }
      }
    }
    return [];
  },
};
