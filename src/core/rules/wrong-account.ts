// Text that reads as one person's private life (a hangover, the landlord, a new job of one's own, a
// loved one's death), an employee speaking for themselves (their boss called names, their own last
// day), a staff member's own grievance ("60 of us are being fired"), or a personal political opinion,
// jab or attack, about to go out from a BRAND account: the classic brand-account disaster. Never on
// personal or unknown accounts. First-person wording over data (lexicons/<lang>/personal.ts); where
// one cue is too weak alone ("miss you", "is a tyrant", "government"), two must meet in a sentence.
// A brand voice ("we", "our crew", "Meet Lucía…") never matches, and quoted speech (a brand quoting
// an employee) is left alone.
// Spanish reads one's own news and nights out in the first person singular, which a brand's "we"
// never uses: "me acaban de dar la plaza", "me han cogido en el trabajo nuevo", "me voy de cañas",
// "tengo un resacón". "Invito yo" is half a night out (a bar owner may say it of a round): it counts
// beside the friends it is said to ("chicas") or the hangover it announces ("mañana resaca segura"),
// in one sentence; those two alone are a bar's copy ("Chicas, barra libre y resaca asegurada").
// Past every list, a post that speaks as one person ("I", "me" twice, "yo", "me"), never as "we",
// is a caution: most often someone on the wrong account, whatever their news is.
import * as en from '../lexicons/en/personal';
import * as es from '../lexicons/es/personal';
import type { Report, Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { entryKinds } from '../text/entry-kinds';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { inside, quotedSpans } from '../text/quotes';
import { inOneSentence } from '../text/sentence';
import { re } from '../text/letters';

type Kind = 'private' | 'grief' | 'staff' | 'grievance' | 'career';
/** What each entry reads as, for the message (an entry in two lists keeps the first). */
const kindOf = entryKinds<Kind>([
  ['private', [...en.privateStates, ...es.privateStates, ...en.myPrivate, ...es.myPrivate]],
  ['grief', [...en.grief, ...es.grief]],
  ['staff', [...en.staffVoice, ...es.staffVoice]],
  ['grievance', [...en.staffGrievance, ...es.staffGrievance]],
  ['career', [...en.careerNews, ...es.careerNews]],
]);
const READS_AS: Record<Kind, string> = {
  private: "someone's private life",
  grief: "someone's own grief",
  staff: 'an employee speaking for themselves',
  grievance: "a staff member's own grievance",
  career: "one person's own career news",
};

const personal = phraseMatcher([...kindOf.keys()], { regex: true });
const opinion = phraseMatcher([...en.opinion, ...es.opinion], { regex: true });
const politics = phraseMatcher([...en.politics, ...es.politics, ...en.partisans, ...es.partisans], { regex: true });
const partisans = phraseMatcher([...en.partisans, ...es.partisans], { regex: true });
const verdicts = phraseMatcher([...en.verdict, ...es.verdict], { regex: true });
const kin = phraseMatcher([...en.kin, ...es.kin], { regex: true });
const missing = phraseMatcher([...en.missing, ...es.missing], { regex: true });
const loss = phraseMatcher([...en.loss, ...es.loss], { regex: true });
const workRoles = phraseMatcher([...en.workRole, ...es.workRole], { regex: true });
const workInsults = phraseMatcher([...en.workInsult, ...es.workInsult], { regex: true });
const signOffs = phraseMatcher([...en.signOff, ...es.signOff], { regex: true });
const officials = phraseMatcher([...en.officials, ...es.officials, ...en.partisans, ...es.partisans], { regex: true });
const contempt = phraseMatcher([...en.contempt, ...es.contempt], { regex: true });
const attacks = phraseMatcher([...en.attack, ...es.attack], { regex: true });
const treats = phraseMatcher(es.treat, { regex: true });
const nightCues = phraseMatcher(es.nightAhead, { regex: true });
const singular = phraseMatcher([...en.singularVoice, ...es.singularVoice], { regex: true });
const plural = phraseMatcher([...en.pluralVoice, ...es.pluralVoice], { regex: true });
const POSSESSIVES = new Set([...en.singularPossessives, ...es.singularPossessives]);
// A meme's dialogue ("Me: one quick reply. Also me, 45 minutes later:") is the brand joking.
const DIALOGUE = re('imu')`^[ \t]*(?:also )?(?:me|you|yo|tú)\b[^\n:]{0,30}:`;
// A price or a discount is copy, even in the customer's voice ("Take me to Lisbon from €49").
const SELLING = /\d\s?%|[€$£]\s?\d|\d\s?(?:€|eur\b|euros|usd|dólares|pesos|soles)/iu;

// "We miss you" is the brand's own come-back line, not grief.
const BRAND_BEFORE = /\b(?:we|we all|we still|we really|we'll|we do|we've)\s+$/iu;
// The one called names is a person by name or pronoun ("Marta is a tyrant"), not "this cat".
const PERSON_BEFORE = re('u')`(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}+|he|she|they|él|ella|ellos|ellas)\s+$`;

/** The first sentence holding one match from two of the lists, as one span. */
function twoOf(text: string, lists: PhraseMatch[][]): { start: number; end: number } | undefined {
  for (let i = 0; i < lists.length; i++)
    for (let j = i + 1; j < lists.length; j++) {
      const pair = pairInSentence(text, lists[i]!, lists[j]!);
      if (pair) return pair;
    }
  return undefined;
}

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
    const treated = treats(text).filter(outside);
    const night = treated.length > 0 ? pairInSentence(text, treated, nightCues(text).filter(outside)) : undefined;
    if (night) {
      return [{ ...night, message: `This reads as someone's own night out with friends, and it is about to go out from ${where}.`, suggestion }];
    }
    // A loved one, missed or mourned: two of the three in one sentence ("Miss you every day, Dad").
    const missed = missing(text).filter((m) => outside(m) && !BRAND_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));
    const mourned = loss(text).filter(outside);
    // A relative named alone is everyday copy ("treat your dad"): read them only after another cue.
    const grief = missed.length + mourned.length > 0 ? twoOf(text, [missed, mourned, kin(text).filter(outside)]) : undefined;
    if (grief) {
      return [{ ...grief, message: `This reads as someone's own grief, and it is about to go out from ${where}.`, suggestion }];
    }
    // Someone at work called names: with their role in the sentence, or by name next to a sign-off.
    const insults = workInsults(text).filter(outside);
    if (insults.length > 0) {
      const byName = insults.filter((m) => PERSON_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
      const vent =
        pairInSentence(text, insults, workRoles(text).filter(outside)) ??
        (byName.length > 0 && signOffs(text).some(outside) ? byName[0] : undefined);
      if (vent) {
        const message = `This reads as an employee venting about someone at work, and it is about to go out from ${where}.`;
        return [{ start: vent.start, end: vent.end, message, suggestion }];
      }
    }
    const opinions = opinion(text).filter(outside);
    const stated = opinions.length > 0 ? pairInSentence(text, opinions, politics(text).filter(outside)) : undefined;
    if (stated) {
      return [{ ...stated, message: `This reads as a personal political opinion, and it is about to go out from ${where}.`, suggestion }];
    }
    // Without "I think", a blunt verdict on a politician or a party, contempt for a government or its
    // taxes, or an insult to someone's face is still someone's own jab; a caution, since a brand may
    // have a word to say about politics.
    const caution = (span: { start: number; end: number }, what: string): Report[] => {
      const message = `This reads as ${what}, and it is about to go out from ${where}.`;
      return [{ start: span.start, end: span.end, severity: 'warning', message, suggestion }];
    };
    const named = partisans(text).filter(outside);
    const jab = named.length > 0 ? pairInSentence(text, named, verdicts(text).filter(outside)) : undefined;
    if (jab) return caution(jab, 'a personal jab at a politician or party');
    const scorn = contempt(text).filter(outside);
    const scorned = scorn.length > 0 ? pairInSentence(text, scorn, officials(text).filter(outside)) : undefined;
    if (scorned) return caution(scorned, 'a personal attack on a government or politician');
    const attack = attacks(text).find(outside);
    if (attack) return caution(attack, 'a personal attack on someone');
    // No list names it, but the post speaks as one person: "I", "me", "my" twice, never "we".
    if (ctx.draft.context === 'post' && !DIALOGUE.test(text) && !SELLING.test(text)) {
      const mine = singular(text).filter(outside);
      // "My account, my app, my rules" is a slogan in the customer's voice; a person says "I" or "me".
      if (mine.length >= 2 && mine.some((m) => !POSSESSIVES.has(m.phrase)) && !plural(text).some(outside)) {
        const message = `This speaks as one person ("${ctx.text.slice(mine[0]!.start, mine[0]!.end)}"), not as ${where}, and it is about to go out from there.`;
        return [{ start: mine[0]!.start, end: mine[mine.length - 1]!.end, severity: 'warning', message, suggestion }];
      }
    }
    return [];
  },
};
