// Crisis mode (the policy's `crisis` on an account): anything touching the crisis terms, and any
// cheerful, promotional or joking post, must wait for the crisis team. A public statement on the
// crisis itself (an apology for "what happened", "this incident") is a caution: it is the crisis
// team's to approve even when it names none of the terms. A sober update goes out. Terms match as
// whole words, also inside a CamelCase hashtag (#QantasLuxury).
// The vocabulary of cheer is shared with `sensitive-event` (lexicons/<lang>/promotion.ts, compiled in
// text/pitches.ts); banter, sign-offs and offers that only matter in a crisis are in
// lexicons/<lang>/crisis.ts.
import * as en from '../lexicons/en/crisis';
import * as es from '../lexicons/es/crisis';
import { oncePer } from '../policy/once-per';
import type { Crisis } from '../policy/types';
import type { Report, Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { findUpbeat, UPBEAT_EMOJI } from '../text/pitches';
import { termMatcher } from '../text/terms';

// Cheer by punctuation: "!!" or three exclamation marks in all.
const BANGS = /!{2,}/u;

const crisisTerms = oncePer((c: Crisis) => termMatcher(c.terms ?? []));
const findLight = phraseMatcher([...en.lightHearted, ...es.lightHearted, ...en.selling, ...es.selling], { regex: true });
const findApology = phraseMatcher([...en.apology, ...es.apology], { regex: true });
const findIncident = phraseMatcher([...en.incident, ...es.incident], { regex: true });

function firstCheer(text: string): PhraseMatch | undefined {
  const folded = foldApostrophes(text);
  let best: PhraseMatch | undefined;
  for (const m of [findUpbeat(text)[0], findLight(folded)[0]]) if (m && (!best || m.start < best.start)) best = m;
  const e = UPBEAT_EMOJI.exec(text);
  if (e && (!best || e.index < best.start)) best = { start: e.index, end: e.index + e[0].length, phrase: e[0] };
  if (best) return best;
  const b = BANGS.exec(text);
  if (b) return { start: b.index, end: b.index + b[0].length, phrase: b[0] };
  const bangs = [...text.matchAll(/!/gu)];
  if (bangs.length >= 3) return { start: bangs[0]!.index, end: bangs[0]!.index + 1, phrase: '!' };
  return undefined;
}

export const crisis: Rule = {
  meta: {
    id: 'crisis',
    category: 'crisis',
    severity: 'critical',
    description:
      'While an account is in crisis mode: posts that touch the crisis terms, cheerful or promotional posts, and statements on the crisis.',
  },
  check({ text, account, draft }) {
    const c = account.crisis;
    if (!c) return [];
    const out: Report[] = [];
    const seen = new Set<string>();
    for (const t of crisisTerms(c)(text)) {
      const key = t.phrase.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        start: t.start,
        end: t.end,
        message: `"${text.slice(t.start, t.end)}" touches the crisis this account is in (${c.topic}); it needs the crisis team's approval.`,
      });
    }
    const cheer = firstCheer(text);
    if (cheer) {
      out.push({
        start: cheer.start,
        end: cheer.end,
        message: `This account is in crisis mode (${c.topic}); a cheerful or promotional post now reads as tone-deaf.`,
        suggestion: 'Hold it until the crisis is over, or keep to sober updates.',
      });
    }
    // Only a post speaks for the brand; replies to customers apologise all day long in a crisis.
    if (out.length === 0 && draft.context === 'post') {
      const folded = foldApostrophes(text);
      const sorry = findApology(folded)[0];
      if (sorry && findIncident(folded).length > 0) {
        out.push({
          start: sorry.start,
          end: sorry.end,
          severity: 'warning',
          message: `This reads as a statement on the crisis this account is in (${c.topic}); have the crisis team approve it first.`,
        });
      }
    }
    return out;
  },
};
