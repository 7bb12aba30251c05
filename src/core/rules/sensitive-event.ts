// Tragedies, disasters, wars, attacks, deaths and political fights next to a pitch, a pivot or a
// joke; memorial days used for marketing; the team's watchlist (trending tragedies, causes). Two
// lexicons that must meet in the same post: a condolence alone, or a service notice during a flood,
// stays clear; only the pairing ("Our thoughts are with… Don't forget: 20% off") is reported.
// Hand-written: no library judges this; the vocabulary is data (lexicons/<lang>/sensitive-event.ts,
// lexicons/<lang>/promotion.ts, compiled in text/pitches.ts). They must be near: a tragedy in the
// same or the next sentence, an everyday word ("died", "victims") in the same one; a death word next
// to a laugh is no death, and a pitch beside "donate" or "relief" asks for help.
// Two more pairings need a third cue, since their words are everyday ones: a disaster named by its
// everyday word ("the storm", "la ola de calor") is one only when the post puts the reader inside it
// ("stuck inside because of", "durante", "stay safe") before a pitch; and "you survived" an attack is
// a feat only next to a congratulation ("Congrats, you made it through the bombing").
// A disaster named as the one under way, by a demonstrative ("this storm", "these floods", "este
// temporal", "esta DANA"), puts the reader inside it as "during" does: a pitch beside it is a pun on
// the disaster ("This storm blows, but free shipping doesn't"). "Stormy weekend? Soup's on", "this
// storm season", "weather this storm" and storm-safety advice stay clear.
// A day of remembrance with the brand stepping into it ("remember #PearlHarbor with us", its mascot,
// its product "salutes the heroes", a sponsor line) is a warning even without a sale; a sentence that
// says where people gather (a service, a wreath, a minute's silence, a museum) is an invitation,
// and days of thanks as much as of mourning (Veterans Day, Memorial Day) take a brand's "with us".
import * as en from '../lexicons/en/sensitive-event';
import * as es from '../lexicons/es/sensitive-event';
import { oncePer } from '../policy/once-per';
import type { Policy } from '../policy/types';
import type { Report, Rule, RuleContext } from '../rule';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { CHEER_EMOJI, findPitches, JOKE_EMOJI, pitchKind, type Pitch } from '../text/pitches';
import { termMatcher } from '../text/terms';
import { re } from '../text/letters';

// One pass for the serious side (the common case is a draft with none of it); the entry that matched
// tells which list it came from.
const memorialSet = new Set([...en.memorialDays, ...es.memorialDays]);
const idiomSet = new Set([...en.grimIdioms, ...es.grimIdioms]);
const causeSet = new Set([...en.causeHashtags, ...es.causeHashtags]);
const seriousMatcher = phraseMatcher([...memorialSet, ...idiomSet, ...causeSet, ...en.tragedy, ...es.tragedy], { regex: true });
const supportMatcher = phraseMatcher([...en.support, ...es.support], { regex: true });
const charityMatcher = phraseMatcher([...en.charity, ...es.charity], { regex: true });
const everydaySet = new Set([...en.everydayTragedy, ...es.everydayTragedy]);
const figurativeSet = new Set([...en.figurativeDeath, ...es.figurativeDeath]);
// Hazards and survival in one pass: both are everyday words that matter only with a third cue.
const survivedSet = new Set([...en.survived, ...es.survived]);
const hazardOrSurvival = phraseMatcher([...survivedSet, ...en.hazards, ...es.hazards], { regex: true });
const livedInMatcher = phraseMatcher([...en.livedIn, ...es.livedIn], { regex: true });
const serviceMatcher = phraseMatcher([...en.serviceNotice, ...es.serviceNotice], { regex: true });
const violenceMatcher = phraseMatcher([...en.violence, ...es.violence], { regex: true });
const congratsMatcher = phraseMatcher([...en.congrats, ...es.congrats], { regex: true });
const insertionMatcher = phraseMatcher([...en.brandInsertion, ...es.brandInsertion], { regex: true });
const gatheringMatcher = phraseMatcher([...en.remembranceEvent, ...es.remembranceEvent], { regex: true });
const observanceSet = new Set(en.observances);
// Trophies and applause: a congratulation without words.
const TROPHY = /[🎉🥳🎊🏆🥇🏅👏]/gu;
// "RIP" only in capitals: "rip" is also a tear, a surf brand, a rip-off.
const RIP = re('gu')`(?<![\p{L}\p{N}])R\.?I\.?P(?![\p{L}\p{N}])\.?`;

const watchMatcher = oncePer((list: Policy['watchlist']) => termMatcher(list.map((w) => w.term)));

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
    const found = [...seriousMatcher(text), ...rips];
    const everyday = hazardOrSurvival(text);
    const survivals = everyday.filter((m) => survivedSet.has(m.phrase));
    const hazards = everyday.filter((m) => !survivedSet.has(m.phrase));
    if (found.length === 0 && survivals.length === 0 && hazards.length === 0) return out;

    const sentence = sentenceIndex(text);
    // Found once, and only when a pairing gets as far as needing them (long drafts mention storms).
    let pitchesFound: PhraseMatch[] | undefined;
    const pitches = () => (pitchesFound ??= findPitches(text));
    const paired = found.length ? tragedyNextToPitch(ctx, found, sentence, pitches()) : [];
    const more = paired.length ? [] : survivals.length ? survivalCheered(ctx, found, survivals, sentence, pitches) : [];
    const lived = paired.length || more.length || hazards.length === 0 ? [] : pitchToPeopleInside(ctx, hazards, sentence, pitches);
    return [...out, ...paired, ...more, ...lived];
  },
};

type Sentences = (at: number) => number;

/** A tragedy, a memorial day, a grim idiom or a cause hashtag next to a pitch or a joke. */
function tragedyNextToPitch(ctx: RuleContext, found: PhraseMatch[], sentence: Sentences, pitches: PhraseMatch[]): Report[] {
  const { text } = ctx;
  const jokes = [
    ...pitches.filter((p) => pitchKind.get(p.phrase) === 'joke'),
    ...[...text.matchAll(JOKE_EMOJI)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0] })),
  ];
  // "My phone died lol", "RIP to my old laptop 😂": a death word next to a laugh is no death.
  const all = found.filter(
    (m) => !(figurativeSet.has(m.phrase) && jokes.some((j) => sentence(j.start) === sentence(m.start))),
  );
  const day = all.find((m) => memorialSet.has(m.phrase));
  const idiom = all.find((m) => idiomSet.has(m.phrase));
  const cause = all.find((m) => causeSet.has(m.phrase));
  const graves = all.filter((m) => !memorialSet.has(m.phrase) && !idiomSet.has(m.phrase) && !causeSet.has(m.phrase));
  const grave = firstOf(graves);
  if (!(day ?? idiom ?? grave ?? cause)) return [];

  // A pitch in a sentence that asks for donations or relief is help, not a sale.
  const helping = new Set(charityMatcher(text).map((m) => sentence(m.start)));
  const candidates: { pitch: PhraseMatch; kind: Pitch }[] = [
    ...pitches.map((p) => ({ pitch: p, kind: pitchKind.get(p.phrase)! })),
    ...jokes.filter((j) => !pitchKind.has(j.phrase)).map((j) => ({ pitch: j, kind: 'joke' as Pitch })),
    ...[...text.matchAll(CHEER_EMOJI)].map((m) => ({ pitch: { start: m.index, end: m.index + m[0].length, phrase: m[0] }, kind: 'cheer' as Pitch })),
  ].filter((c) => !helping.has(sentence(c.pitch.start)));
  /** What this pitch would be tied to, if anything: days and cause hashtags anywhere in the post, a
   * tragedy or a grim idiom in the same or the next sentence, an everyday word only in the same one. */
  const tiedTo = (c: { pitch: PhraseMatch; kind: Pitch }): PhraseMatch | undefined => {
    // On a day of remembrance a party is as wrong as a sale; next to a death, "celebrate his life" is not.
    if (c.kind === 'cheer') return day;
    if (day) return day;
    const at = sentence(c.pitch.start);
    const near = (m: PhraseMatch) => {
      const gap = Math.abs(sentence(m.start) - at);
      return everydaySet.has(m.phrase) ? c.kind !== 'joke' && gap === 0 : gap <= 1;
    };
    if (idiom && near(idiom)) return idiom;
    return graves.find(near) ?? cause;
  };
  const tied = candidates.map((c) => ({ ...c, serious: tiedTo(c) })).filter((c) => c.serious).sort((a, b) => a.pitch.start - b.pitch.start);
  const sells = tied.some((c) => c.kind === 'promotion' || c.kind === 'pivot');
  const chosen = tied[0];
  if (!chosen) {
    const inserted = day ? brandInRemembrance(text, day, sentence) : undefined;
    if (inserted && day) {
      return [{
        start: inserted.start,
        end: inserted.end,
        severity: 'warning',
        message: `This post puts the brand into "${text.slice(day.start, day.end)}", a day of remembrance; it reads as using the dead for attention.`,
        suggestion: 'Remember the day on its own terms, or say nothing; leave the brand, the mascot and the product out of it.',
      }];
    }
    // A brand using a cause's hashtag with no word of support: hijacking it (#WhyIStayed "You had pizza").
    if (cause && ctx.account.kind === 'brand' && supportMatcher(text).length === 0 && !grave) {
      return [{
        start: cause.start,
        end: cause.end,
        severity: 'warning',
        message: `"${text.slice(cause.start, cause.end)}" belongs to a cause or a tragedy; used without a word of support it reads as hijacking it.`,
        suggestion: 'Check what the hashtag is about before using it.',
      }];
    }
    return [];
  }
  const pitch = chosen.pitch;
  const serious = chosen.serious!;
  const what = text.slice(serious.start, serious.end);
  const brand = ctx.account.kind === 'brand';
  const message = day && serious === day
    ? `This post ties "${what}", a day of remembrance, to ${sells ? 'marketing' : 'a joke or a party'}; it reads as profiting from the dead.`
    : idiom && serious === idiom
      ? `"${what}" is a phrase from war or disaster, used here to sell; people will read it as making light of it.`
      : `This post puts "${what}" next to ${sells ? 'a pitch' : 'a joke'}; it reads as using a tragedy to sell.`;
  return [{
    start: pitch.start,
    end: pitch.end,
    severity: brand && sells ? 'critical' : 'warning',
    message,
    suggestion: 'Say what you need to say about it on its own, without the offer or the joke.',
  }];
}

/** The brand stepping into a day of remembrance in the same or the next sentence, unless that
 * sentence says where people gather to remember. */
function brandInRemembrance(text: string, day: PhraseMatch, sentence: Sentences): PhraseMatch | undefined {
  if (observanceSet.has(day.phrase)) return undefined;
  const near = insertionMatcher(text).filter((m) => Math.abs(sentence(m.start) - sentence(day.start)) <= 1);
  if (near.length === 0) return undefined;
  const gathering = new Set(gatheringMatcher(text).map((m) => sentence(m.start)));
  return near.find((m) => !gathering.has(sentence(m.start)));
}

/** "Congrats, you survived the attack 🎉": surviving a tragedy (one in the same sentence) made a feat
 * by a congratulation, a trophy, a party or a laugh in the same or the next sentence. */
function survivalCheered(ctx: RuleContext, found: PhraseMatch[], survivals: PhraseMatch[], sentence: Sentences, pitches: () => PhraseMatch[]): Report[] {
  const { text } = ctx;
  const tragedies = [...found, ...violenceMatcher(text)];
  let tragedy: PhraseMatch | undefined;
  const survival = survivals.find((s) => (tragedy = tragedies.find((t) => sentence(t.start) === sentence(s.start))));
  if (!survival || !tragedy) return [];
  const cheers = [
    ...congratsMatcher(text),
    ...pitches().filter((p) => pitchKind.get(p.phrase) === 'cheer' || pitchKind.get(p.phrase) === 'joke'),
    ...[...text.matchAll(TROPHY)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0] })),
    ...[...text.matchAll(JOKE_EMOJI)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0] })),
  ];
  const cheer = firstOf(cheers.filter((c) => Math.abs(sentence(c.start) - sentence(survival.start)) <= 1));
  if (!cheer) return [];
  return [{
    start: cheer.start,
    end: cheer.end,
    severity: ctx.account.kind === 'brand' ? 'critical' : 'warning',
    message: `This post congratulates people on surviving "${text.slice(tragedy.start, tragedy.end)}"; it reads as making light of a tragedy.`,
    suggestion: 'Speak of the people who were hurt with care, without the congratulation.',
  }];
}

/** A pitch to people living through a disaster named by its everyday word: the hazard with a word that
 * puts the reader inside it ("stuck inside because of the snowstorm?") and a sale in the same or the
 * next sentence. Not when either sentence is a service notice ("closed", "delayed", "sorry"). */
function pitchToPeopleInside(ctx: RuleContext, hazards: PhraseMatch[], sentence: Sentences, pitches: () => PhraseMatch[]): Report[] {
  const { text } = ctx;
  const inside = livedInMatcher(text);
  if (inside.length === 0) return [];
  const lived = hazards.filter((h) => inside.some((c) => Math.abs(sentence(c.start) - sentence(h.start)) <= 1));
  if (lived.length === 0) return [];
  const notices = new Set(serviceMatcher(text).map((m) => sentence(m.start)));
  for (const p of pitches()) {
    const kind = pitchKind.get(p.phrase);
    if (kind !== 'promotion' && kind !== 'pivot') continue;
    const at = sentence(p.start);
    const hazard = lived.find((h) => Math.abs(sentence(h.start) - at) <= 1 && !notices.has(sentence(h.start)));
    if (!hazard || notices.has(at)) continue;
    return [{
      start: p.start,
      end: p.end,
      // A person telling friends what they bought while snowed in is no campaign.
      severity: ctx.account.kind === 'personal' ? 'info' : 'warning',
      message: `This post sells to people living through "${text.slice(hazard.start, hazard.end)}"; it reads as profiting from a disaster.`,
      suggestion: 'Post the practical help on its own, and keep the offer for another day.',
    }];
  }
  return [];
}

/** Which sentence an offset falls in (a full stop, ! ? or … before a space, or a line break, ends one). */
function sentenceIndex(text: string): (at: number) => number {
  const ends = [...text.matchAll(/[.!?…]+(?=\s|$)|\n/gu)].map((m) => m.index + m[0].length);
  return (at) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
