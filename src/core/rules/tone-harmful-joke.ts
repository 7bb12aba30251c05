// Jokes and playful copy that endorse harm: spiking someone's drink, acting "when they're not
// looking", non-consent ("no means yes", "drinks until she says yes", "unlike some people, it goes
// down smoothly"), drink-driving, telling someone to die; and violence in a joke aimed at someone: a
// threat beside a weapon emoji, said to an animal or a mascot, or to an @handle ("Shhh, little lamb,
// it'll all be over soon 🔪", "watch your back @rival"). Playful in a catalogue, read as endorsement
// or a threat on a timeline. Threat words are everyday copy on their own ("it'll all be over soon",
// "we know where you live: free delivery"), so each needs its target or a weapon beside it.
// "No" struck out of someone's vocabulary for a night ("the perfect beer for removing 'no' from your
// vocabulary", "deja el «no» en casa: chupitos a 1 €") is consent made a joke; it counts only with a
// drink in the same sentence, since "remove 'no' from your vocabulary, say yes to adventure" is a
// travel slogan. So does "she won't say no after two of our margaritas", with the drink after "after".
// Hand-written over data (lexicons/<lang>/tone.ts).
import * as en from '../lexicons/en/tone';
import * as es from '../lexicons/es/tone';
import type { Report, Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { inside, quotedSpans } from '../text/quotes';
import { re } from '../text/letters';

// One pass for both lists; the entry that matched tells which.
const harmfulSet = new Set([...en.harmfulJokes, ...es.harmfulJokes]);
const hardSet = new Set([...en.menace.hard, ...es.menace.hard]);
const find = phraseMatcher([...harmfulSet, ...hardSet, ...en.menace.soft, ...es.menace.soft], { regex: true });
const animal = phraseMatcher([...en.menaceTargets, ...es.menaceTargets], { regex: true });

// Weapons (not 💀, which is a laugh): a threat beside one is no longer a figure of speech.
const WEAPON = /[🔫🔪🗡💣🪓⚔⚰🩸]/gu;
// A gun pointed at an @handle is a threat with no words needed.
const GUN_AT_HANDLE = re('u')`@[\p{L}\p{N}_.]+[\s,:]*🔫|🔫[\s,:]*@[\p{L}\p{N}_]`;
const ANIMAL_EMOJI = /[🐷🐖🐽🐮🐄🐔🐓🦃🐑🐏🐰🐇🐟🦞🦀🐥🐣🐤🦆🐐🐙🦐🐂]/gu;
const HANDLE = re('u')`(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]`;
/** A weapon this close to a threat goes with it. */
const WEAPON_REACH = 80;
// What may stand between a threat and the animal it is said to: punctuation and one word ("Shhh,
// little lamb, it'll…", "it'll all be over soon, Mr Turkey"), never a clause ("…, and the turkey").
const ADDRESS_GAP = re('u')`^[\s\p{P}]*(?:[\p{L}.]+[\s\p{P}]*)?$`;

const span = (m: { index: number; 0: string }): PhraseMatch => ({ start: m.index, end: m.index + m[0].length, phrase: m[0] });

export const toneHarmfulJoke: Rule = {
  meta: {
    id: 'tone-harmful-joke',
    category: 'tone',
    severity: 'warning',
    description: 'Playful copy that endorses harm (spiking drinks, non-consent, drink-driving) or jokes about hurting someone.',
  },
  check(ctx) {
    const text = foldApostrophes(ctx.text);
    const quotes = quotedSpans(text);
    const loud = ctx.account.kind === 'brand' ? 'critical' : 'warning';
    const out: Report[] = [];
    const all = find(text).filter((m) => !inside(quotes, m.start, m.end));
    const found = all.filter((m) => harmfulSet.has(m.phrase));
    if (found.length) {
      out.push({
        start: found[0]!.start,
        end: found[found.length - 1]!.end,
        severity: loud,
        message: 'This reads as making light of harming someone (spiking a drink, non-consent); it will be read literally.',
      });
    }
    const threat = aimedThreat(text, all.filter((m) => !harmfulSet.has(m.phrase)));
    if (threat) {
      out.push({
        start: threat.start,
        end: threat.end,
        severity: loud,
        message: 'This jokes about hurting someone (a threat aimed at a person, a rival or an animal); people will read it as violence.',
        suggestion: 'Keep the rivalry or the joke without the weapon or the threat.',
      });
    }
    return out;
  },
};

/** The first threat in the text with a weapon near it, or said to an animal, or (a hard one) to an @handle. */
function aimedThreat(text: string, threats: PhraseMatch[]): PhraseMatch | undefined {
  const gun = text.includes('🔫') ? GUN_AT_HANDLE.exec(text) : null;
  if (threats.length === 0) return gun ? span(gun) : undefined;
  const weapons = [...text.matchAll(WEAPON)].map(span);
  const animals = [...animal(text), ...[...text.matchAll(ANIMAL_EMOJI)].map(span)];
  const handle = HANDLE.test(text);
  const addressed = (t: PhraseMatch) =>
    animals.some((a) => (a.end <= t.start ? ADDRESS_GAP.test(text.slice(a.end, t.start)) : a.start >= t.end && ADDRESS_GAP.test(text.slice(t.end, a.start))));
  const aimed = threats.find(
    (t) =>
      weapons.some((w) => w.start < t.end + WEAPON_REACH && w.end > t.start - WEAPON_REACH) ||
      addressed(t) ||
      (hardSet.has(t.phrase) && handle),
  );
  return aimed ?? (gun ? span(gun) : undefined);
}
