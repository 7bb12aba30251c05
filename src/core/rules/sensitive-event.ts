// Tragedies, disasters, wars, attacks, deaths and political fights next to a pitch, a pivot or a
// joke; memorial days used for marketing; the team's watchlist (trending tragedies, causes). Two
// lexicons that must meet in the same post: a condolence alone, or a service notice during a flood,
// stays clear; only the pairing ("Our thoughts are with… Don't forget: 20% off") is reported.
// Hand-written: no library judges this; the vocabulary is data (lexicons/<lang>/sensitive-event.ts,
// lexicons/<lang>/promotion.ts).
import * as enP from '../lexicons/en/promotion';
import * as en from '../lexicons/en/sensitive-event';
import * as esP from '../lexicons/es/promotion';
import * as es from '../lexicons/es/sensitive-event';
import type { Policy } from '../policy/types';
import type { Report, Rule } from '../rule';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { termMatcher } from '../text/terms';

// One pass for the serious side (the common case is a draft with none of it); the entry that matched
// tells which list it came from.
const memorialSet = new Set([...en.memorialDays, ...es.memorialDays]);
const idiomSet = new Set([...en.grimIdioms, ...es.grimIdioms]);
const causeSet = new Set([...en.causeHashtags, ...es.causeHashtags]);
const seriousMatcher = phraseMatcher([...memorialSet, ...idiomSet, ...causeSet, ...en.tragedy, ...es.tragedy], { regex: true });
const supportMatcher = phraseMatcher([...en.support, ...es.support], { regex: true });
type Pitch = 'promotion' | 'pivot' | 'joke' | 'cheer';
const pitchKind = new Map<string, Pitch>();
for (const [kind, list] of [
  ['promotion', [...enP.promotion, ...esP.promotion]],
  ['pivot', [...enP.pivots, ...esP.pivots]],
  ['joke', [...enP.jokes, ...esP.jokes]],
  ['cheer', [...enP.cheer, ...esP.cheer]],
] as [Pitch, string[]][]) {
  for (const e of list) if (!pitchKind.has(e)) pitchKind.set(e, kind);
}
const pitchMatcher = phraseMatcher([...pitchKind.keys()], { regex: true });
// "RIP" only in capitals: "rip" is also a tear, a surf brand, a rip-off.
const RIP = /(?<![\p{L}\p{N}])R\.?I\.?P(?![\p{L}\p{N}])\.?/gu;

const watchCache = new WeakMap<Policy['watchlist'], ReturnType<typeof termMatcher>>();
function watchMatcher(list: Policy['watchlist']) {
  let m = watchCache.get(list);
  if (!m) {
    m = termMatcher(list.map((w) => w.term));
    watchCache.set(list, m);
  }
  return m;
}

function firstOf(...lists: PhraseMatch[][]): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  for (const l of lists) for (const m of l) if (!best || m.start < best.start) best = m;
  return best;
}

export const sensitiveEvent: Rule = {
  meta: {
    id: 'sensitive-event',
    category: 'sensitive-event',
    severity: 'warning',
    description:
      'Tragedies, wars, deaths and memorial days next to promotion or jokes, and terms on the team watchlist.',
  },
  check(ctx) {
    const { text, policy } = ctx;
    const out: Report[] = [];

    for (const w of watchMatcher(policy.watchlist ?? [])(text)) {
      const entry = policy.watchlist.find((x) => x.term.trim() === w.phrase);
      const note = entry?.note ? `: ${entry.note}` : '';
      out.push({
        start: w.start,
        end: w.end,
        severity: 'warning',
        message: `"${text.slice(w.start, w.end)}" is on your team's watchlist${note}.`,
      });
    }

    const rips: PhraseMatch[] = text.includes('R')
      ? [...text.matchAll(RIP)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: 'RIP' }))
      : [];
    const all = seriousMatcher(text);
    const day = all.find((m) => memorialSet.has(m.phrase));
    const idiom = all.find((m) => idiomSet.has(m.phrase));
    const cause = all.find((m) => causeSet.has(m.phrase));
    const grave = firstOf(all.filter((m) => !memorialSet.has(m.phrase) && !idiomSet.has(m.phrase) && !causeSet.has(m.phrase)), rips);
    const serious = day ?? idiom ?? grave ?? cause;
    if (!serious) return out;

    const pitches = pitchMatcher(text);
    const first = (k: Pitch) => pitches.find((p) => pitchKind.get(p.phrase) === k);
    const promo = first('promotion');
    const pivot = first('pivot');
    const joke = first('joke') ?? emoji(text, JOKE_EMOJI);
    // On a day of remembrance a party is as wrong as a sale; next to a death, "celebrate his life" is not.
    const party = day && serious === day ? (first('cheer') ?? emoji(text, CHEER_EMOJI)) : undefined;
    const pitch = firstOf(...[promo, pivot, joke, party].map((m) => (m ? [m] : [])));
    if (!pitch) {
      // A brand using a cause's hashtag with no word of support: hijacking it (#WhyIStayed "You had pizza").
      if (cause && ctx.account.kind === 'brand' && supportMatcher(text).length === 0 && !grave) {
        out.push({
          start: cause.start,
          end: cause.end,
          severity: 'warning',
          message: `"${text.slice(cause.start, cause.end)}" belongs to a cause or a tragedy; used without a word of support it reads as hijacking it.`,
          suggestion: 'Check what the hashtag is about before using it.',
        });
      }
      return out;
    }
    const what = text.slice(serious.start, serious.end);
    const brand = ctx.account.kind === 'brand';
    const message = day && serious === day
      ? `This post ties "${what}", a day of remembrance, to ${promo || pivot ? 'marketing' : 'a joke or a party'}; it reads as profiting from the dead.`
      : idiom && serious === idiom
        ? `"${what}" is a phrase from war or disaster, used here to sell; people will read it as making light of it.`
        : `This post puts "${what}" next to ${joke && !promo && !pivot ? 'a joke' : 'a pitch'}; it reads as using a tragedy to sell.`;
    out.push({
      start: pitch.start,
      end: pitch.end,
      severity: brand && (promo || pivot) ? 'critical' : 'warning',
      message,
      suggestion: 'Say what you need to say about it on its own, without the offer or the joke.',
    });
    return out;
  },
};

const JOKE_EMOJI = new RegExp(enP.jokeEmoji.source, 'u');
const CHEER_EMOJI = new RegExp(enP.cheerEmoji.source, 'u');
function emoji(text: string, re: RegExp): PhraseMatch | undefined {
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, phrase: m[0] } : undefined;
}
