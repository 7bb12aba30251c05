// Profanity, slurs and insults in English and Spanish, also obfuscated (sh1t, f*ck, fuuuck, s h i t).
// Matching is obscenity's: it copes with look-alike characters, leetspeak and repeated letters, which
// a home-made word list would not. Its terms and transformers are run by text/profanity-matcher.ts,
// which passes over the terms a text cannot hold. Its English data set is used as is; the Spanish
// one is built from a curated data file (lexicons/es/offensive.ts, reviewed from cuss/es).
//
// The Scunthorpe problem is handled in three layers: obscenity's whitelisted terms fed with ordinary
// words that contain a vulgar string (found by scanning English and Spanish word lists), a check that
// a match does not straddle two words of a CamelCase hashtag (#SusanAlbumParty), and names written in
// Title case ("Dick's Sporting Goods"). The policy's `allowedTerms` are never reported.
//
// Severity: slurs and insults are critical everywhere; swearing is critical from a brand account or
// when addressed to someone (a reply, a comment, a message, a post opening with an @mention), and a
// warning on a person's own post, whose voice is theirs to choose; sexual words are a warning
// (medical and news uses exist); mild words are info on a personal post.
//
// Two harms are no single word, and are read apart from the swearing, over phrase lexicons
// (lexicons/<lang>/offensive.ts), each with its second cue: a hate group's name or initials played
// with (a playful word right beside it: "KKK Wednesday", "Klan party"; a laugh beside the name; a
// run of three K-words with one respelled to make it, "Krispy Kreme Klub"), which history and news
// name soberly; and women offered as a prize (a reward "for girls who get pregnant by" the stars,
// "the shorter the skirt, the bigger the discount"), which needs the reward beside it. Both are
// critical from a brand, as insults are, and a warning otherwise. Initials such as "KKK" count only
// in capitals: "kkk" is laughter in Portuguese chat.
import {
  benignFragments as enBenign,
  englishTiers,
  extraEnglish,
  hateGroups,
  hatePlay as enHatePlay,
  kForC,
  kGroup,
  kRun,
  maskedSwearing,
  nameLike,
  placeNameEndings,
  slangMeasures,
  objectification as enObjectification,
  reward as enReward,
  type Tier,
} from '../lexicons/en/offensive';
import * as profanity from '../lexicons/en/profanity';
import {
  benignFragments as esBenign,
  hatePlay as esHatePlay,
  objectification as esObjectification,
  reward as esReward,
  spanishReadings,
  spanishWords,
} from '../lexicons/es/offensive';
import { jokes as enJokes } from '../lexicons/en/promotion';
import { jokes as esJokes } from '../lexicons/es/promotion';
import type { Policy } from '../policy/types';
import { overlapsAny, type Report, type Rule, type RuleContext } from '../rule';
import { guessLanguage } from '../text/language';
import { allowedRanges } from '../text/allowed';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { CHEER_EMOJI, JOKE_EMOJI } from '../text/pitches';
import { profanityMatcher, type ProfanityMatch } from '../text/profanity-matcher';
import { inOneSentence } from '../text/sentence';
import { squeezedPhraseMatcher } from '../text/squeezed-words';
import type { Severity } from '../types';
import { regex } from '../text/letters';

const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');

const tiers = new Map<string, Tier>(Object.entries(englishTiers));
for (const extra of extraEnglish) tiers.set(extra.word, extra.tier);
// obscenity's data set with ours (extraEnglish), written out by scripts/gen-profanity.ts.
const matcher = profanityMatcher(profanity.terms, profanity.remap, profanity.repeats);
const wordOf = new Map(profanity.terms.map(([id, word]) => [id, word]));
// Whitelisted terms (obscenity's own and ours) are checked only around a match (most drafts have
// none), rather than by obscenity, which would transform and search every draft for all of them.
const fragments = new Set<string>();
for (const f of [...profanity.whitelist, ...enBenign, ...esBenign]) {
  fragments.add(f.toLowerCase());
  fragments.add(stripAccents(f.toLowerCase()));
}
const fragmentList = [...fragments];
const longestFragment = Math.max(...fragmentList.map((f) => f.length));

function isBenign(text: string, start: number, end: number): boolean {
  const from = Math.max(0, end - longestFragment);
  const window = text.slice(from, Math.min(text.length, start + longestFragment)).toLowerCase();
  const s = start - from;
  const e = end - from;
  for (const f of fragmentList) {
    for (let i = window.indexOf(f); i !== -1; i = window.indexOf(f, i + 1)) {
      if (i <= s && i + f.length >= e) return true;
    }
  }
  return false;
}

// Spanish: each character read through NORMAL (lower case, accents off but ñ kept, common
// leetspeak undone). Each letter may repeat ("mieeerda"), doubled letters may be single
// ("gilipolas"). Obscenity would compile one regex per word, and there are two hundred of them.
const NORMAL: Record<string, string> = {
  á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', ü: 'u', Á: 'a', É: 'e', Í: 'i', Ó: 'o', Ú: 'u', Ü: 'u', Ñ: 'ñ',
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '@': 'a', $: 's', '5': 's',
};
const NORMAL_UNIT = new Map(Object.entries(NORMAL).map(([c, n]) => [c.charCodeAt(0), n.charCodeAt(0)]));
const normalUnit = (u: number) => NORMAL_UNIT.get(u) ?? (u >= 65 && u <= 90 ? u + 32 : u);
/** An entry as the matcher reads text: normal, each run of one character made single ("Gilipollas" → "gilipolas"). */
const squeeze = (w: string) =>
  Array.from(w.replace(/\s+/g, ' '), (ch) => (ch.length === 1 ? String.fromCharCode(normalUnit(ch.charCodeAt(0))) : ch))
    .join('')
    .replace(/(.)\1+/gu, '$1');
const spanishTiers = new Map<string, Tier>();
for (const group of spanishWords) for (const w of group.words) spanishTiers.set(squeeze(w), group.tier);
// Looked up word by word (text/squeezed-words.ts), where a regex of two hundred letter-repeating
// words cost more than the rest of the rule.
const spanishMatches = squeezedPhraseMatcher([...spanishTiers.keys()], normalUnit);
const nameSet = new Set(nameLike);
const PLACE_END = new RegExp(`(?:${placeNameEndings.join('|')})$`);
const notPlaces = new Set(slangMeasures);
/** A capitalised word that runs on past the vulgar string into a place name's ending: Bitchfield.
 * Written in lower case too (a link's /bitchfield) when the draft also writes it as that name. */
function isPlaceName(text: string, word: string, matchEnd: number): boolean {
  const lower = word.toLowerCase();
  if (word.length - matchEnd < 2 || notPlaces.has(lower) || !PLACE_END.test(lower)) return false;
  // The word itself, when it is the name; else the name elsewhere in the draft.
  return text.includes(lower[0]!.toUpperCase() + lower.slice(1));
}
const spanishSet = new Set(spanishReadings);
const RANK: Record<Tier, number> = { hint: 0, mild: 1, dated: 2, sexual: 3, rude: 4, profanity: 5, insult: 6, slur: 7 };

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}']/u.test(c);
const isLower = (c: string | undefined) => c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();

function enclosingWord(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && isLetter(text[s - 1])) s--;
  while (e < text.length && isLetter(text[e])) e++;
  return [s, e];
}

/** The word around a match, stopping at CamelCase steps: "retard" → "retarded", #FuckMondays → "Fuck". */
function reportedSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && /\p{L}/u.test(text[s - 1]!) && !(isUpper(text[s]) && isLower(text[s - 1]))) s--;
  while (e < text.length && /\p{L}/u.test(text[e]!) && !(isLower(text[e - 1]) && isUpper(text[e]))) e++;
  return [s, e];
}

/** A match that runs across a lower→Upper step (#SusanAlbumParty → "sanAl") spans two words. */
function crossesCamelCase(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (isLower(text[i - 1]) && isUpper(text[i])) return true;
  return false;
}

const isTitleCase = (w: string) => isUpper(w[0]) && /\p{Ll}/u.test(w.slice(1)) && !/\p{Lu}/u.test(w.slice(1));

interface Hit {
  start: number;
  end: number;
  tier: Tier;
}

// Spelled out letter by letter: "s h i t", "F.U.C.K", "f-u-c-k". ASCII letters only: a Unicode
// class with a lookbehind at every position cost forty times as much.
const SPACED = /(?<![A-Za-z0-9])[A-Za-z](?:[ .\-_*][A-Za-z]){3,}(?![A-Za-z0-9])/g;

const MASKED = regex(
  `(?<![\\p{L}\\p{N}])(?:${maskedSwearing.map((m) => `(${m.pattern})`).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
const MASK_CHARS = /[*#$%]/;

function tierOf(m: ProfanityMatch): Tier {
  return tiers.get(wordOf.get(m.termId) ?? '') ?? 'profanity';
}

function findHits(text: string, policy: Pick<Policy, 'allowedTerms'>): Hit[] {
  const raw = matcher.getAllMatches(text, true);
  const hits: Hit[] = [];
  let lang: ReturnType<typeof guessLanguage> | undefined;
  let allowedSpans: { start: number; end: number }[] | undefined;
  for (const m of raw) {
    const start = m.startIndex;
    const end = m.endIndex + 1;
    const matched = text.slice(start, end);
    if ((matched.match(/\p{L}/gu)?.length ?? 0) <= 2) continue; // "fu", "FK": too short to judge
    if (crossesCamelCase(text, start, end) || isBenign(text, start, end)) continue;
    const [ws, we] = enclosingWord(text, start, end);
    const whole = text.slice(ws, we);
    const lower = whole.toLowerCase();
    if ((nameSet.has(lower) && isTitleCase(whole)) || isPlaceName(text, whole, end - ws)) continue;
    if (spanishSet.has(lower)) {
      lang ??= guessLanguage(text);
      if (lang !== 'en') continue;
    }
    allowedSpans ??= allowedRanges(text, policy);
    if (allowedSpans.some((a) => a.start <= start && a.end >= end)) continue;
    const [rs, re] = reportedSpan(text, start, end);
    hits.push({ start: rs, end: re, tier: tierOf(m) });
  }
  for (const [start, end, entry] of spanishMatches(text)) {
    allowedSpans ??= allowedRanges(text, policy);
    if (allowedSpans.some((a) => a.start <= start && a.end >= end)) continue;
    hits.push({ start, end, tier: spanishTiers.get(entry) ?? 'profanity' });
  }
  if (MASK_CHARS.test(text)) {
    for (const m of text.matchAll(MASKED)) {
      const k = m.slice(1).findIndex((g) => g !== undefined);
      hits.push({ start: m.index, end: m.index + m[0].length, tier: maskedSwearing[k]?.tier ?? 'profanity' });
    }
  }
  for (const m of text.matchAll(SPACED)) {
    const letters = m[0].replace(/[ .\-_*]/g, ''); // one separator each: letter k sits at 2k
    for (const sub of matcher.getAllMatches(letters)) {
      const tier = tierOf(sub);
      if (RANK[tier] >= RANK.profanity && sub.endIndex - sub.startIndex >= 3) {
        hits.push({ start: m.index + 2 * sub.startIndex, end: m.index + 2 * sub.endIndex + 1, tier });
        break;
      }
    }
  }
  // One finding per place: overlapping matches merge, the worst tier wins.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Hit[] = [];
  for (const h of hits) {
    const last = merged[merged.length - 1];
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      if (RANK[h.tier] > RANK[last.tier]) last.tier = h.tier;
    } else merged.push({ ...h });
  }
  return merged;
}

function severityOf(tier: Tier, ctx: RuleContext): Severity {
  const brand = ctx.account.kind === 'brand';
  const addressed = ctx.draft.context !== 'post' || !!ctx.draft.replyTo || /^\s*@\w/.test(ctx.text);
  switch (tier) {
    case 'slur':
    case 'insult':
      return 'critical';
    case 'rude':
      return brand && addressed ? 'critical' : 'warning';
    case 'profanity':
      return brand || addressed ? 'critical' : 'warning';
    case 'sexual':
    case 'dated':
      return 'warning';
    case 'mild':
      return brand || addressed ? 'warning' : 'info';
    case 'hint':
      return 'info';
  }
}

const MESSAGES: Record<Tier, (w: string) => string> = {
  slur: (w) => `"${w}" is a slur; published, it would hurt people and follow the account for years.`,
  insult: (w) => `"${w}" is an insult; it could be screenshotted and shared.`,
  rude: (w) => `"${w}" is name-calling; it reads as an attack on someone.`,
  profanity: (w) => `"${w}" is swearing; it could be screenshotted and shared.`,
  sexual: (w) => `"${w}" reads as sexual; make sure it belongs in this post.`,
  mild: (w) => `"${w}" is mild swearing; check that it fits the voice of this account.`,
  dated: (w) => `"${w}" is an outdated term many people find offensive outside a proper name.`,
  hint: (w) => `"${w}" may read as suggestive in some contexts.`,
};

// Hate groups played with. An entry in capitals ("KKK") must be written so, and may run into a
// hashtag with its playful word ("#KKKWednesday").
const PLAY = [...enHatePlay, ...esHatePlay];
const capitalEntries = new Set(hateGroups.filter((g) => /^[A-Z]+$/.test(g)));
const runTogether = new Map([...capitalEntries].map((g) => [`${g}(?:${PLAY.join('|')})`, g]));
const hateMatcher = phraseMatcher([...hateGroups, ...runTogether.keys()], { regex: true });
const playMatcher = phraseMatcher(PLAY, { regex: true });
const laughMatcher = phraseMatcher([...enJokes, ...esJokes], { regex: true });
const kRunMatcher = phraseMatcher(kRun, { regex: true });
const respelled = new Set(kForC);
const runEnds = new Set([...kForC, ...kGroup]);
const objectMatcher = phraseMatcher([...enObjectification, ...esObjectification], { regex: true });
const rewardMatcher = phraseMatcher([...enReward, ...esReward], { regex: true });
/** How far (UTF-16 units) a reward may be from the women it makes a prize of. */
const REWARD_REACH = 200;
/** What may stand between a hate group's name and the playful word beside it. */
const BESIDE = /^(?:[ \t]+|-|[ \t]*#)$/;

function hateGroupPlayed(text: string): PhraseMatch | undefined {
  const hits = hateMatcher(text).filter((m) => {
    const initials = capitalEntries.has(m.phrase) ? m.phrase : runTogether.get(m.phrase);
    return !initials || text.startsWith(initials, m.start);
  });
  if (hits.length > 0) {
    const plays = playMatcher(text);
    // Read once, at the first spelled-out name that needs it.
    let laughed: PhraseMatch[] | undefined;
    const laughs = () =>
      (laughed ??= [
        ...laughMatcher(text),
        ...[...text.matchAll(JOKE_EMOJI), ...text.matchAll(CHEER_EMOJI)].map((e) => ({ start: e.index, end: e.index + e[0].length, phrase: e[0] })),
      ]);
    const played = hits.find(
      (h) =>
        runTogether.has(h.phrase) ||
        plays.some((p) => (p.start >= h.end ? BESIDE.test(text.slice(h.end, p.start)) : p.end <= h.start && BESIDE.test(text.slice(p.end, h.start)))) ||
        (!capitalEntries.has(h.phrase) && laughs().some((l) => inOneSentence(text, Math.min(l.end, h.end), Math.max(l.start, h.start)))),
    );
    if (played) return played;
  }
  // "Krispy Kreme Klub": three capitalised K-words, one of them respelled to make the run, which
  // ends on a respelled word or a group's name.
  return kRunMatcher(text).find((m) => {
    const words = text.slice(m.start, m.end).split(/[\s-]+/u);
    return words.every((w) => w.startsWith('K')) && words.some((w) => respelled.has(w.toLowerCase())) && runEnds.has(words[words.length - 1]!.toLowerCase());
  });
}

function womenAsPrize(text: string): PhraseMatch | undefined {
  const found = objectMatcher(text);
  if (found.length === 0) return undefined;
  const rewards = rewardMatcher(text);
  return found.find((m) => rewards.some((r) => r.end >= m.start - REWARD_REACH && r.start <= m.end + REWARD_REACH));
}

export const offensive: Rule = {
  meta: {
    id: 'offensive',
    category: 'offensive',
    severity: 'critical',
    description: 'Profanity, slurs and insults in English and Spanish, including obfuscated spellings.',
  },
  check(ctx) {
    const { text } = ctx;
    const out: Report[] = [];
    for (const h of findHits(text, ctx.policy)) {
      out.push({
        start: h.start,
        end: h.end,
        severity: severityOf(h.tier, ctx),
        message: MESSAGES[h.tier](text.slice(h.start, h.end)),
      });
    }
    const loud: Severity = ctx.account.kind === 'brand' ? 'critical' : 'warning';
    const hate = hateGroupPlayed(text);
    if (hate && !overlapsAny(out, hate.start, hate.end)) {
      const what = text.slice(hate.start, hate.end);
      out.push({
        start: hate.start,
        end: hate.end,
        severity: loud,
        message: capitalEntries.has(hate.phrase) || runTogether.has(hate.phrase) || kRun.includes(hate.phrase)
          ? `"${what}" reads as "KKK", the initials of the Ku Klux Klan; as a brand's game it reads as making light of a hate group.`
          : `"${what}" is a hate group; played with in a post it reads as making light of it.`,
        suggestion: 'Rename it; check what the initials of a name spell before it goes out.',
      });
    }
    const prize = womenAsPrize(text);
    if (prize) {
      // One finding per place: the prize takes in the word inside it ("show us your boobs").
      for (let i = out.length - 1; i >= 0; i--) if (overlapsAny([out[i]!], prize.start, prize.end)) out.splice(i, 1);
      out.push({
        start: prize.start,
        end: prize.end,
        severity: loud,
        message: `"${text.slice(prize.start, prize.end)}" offers women's bodies as the prize of a promotion; it reads as sexist and degrading.`,
        suggestion: 'Drop the idea; no wording makes it acceptable.',
      });
    }
    return out;
  },
};
