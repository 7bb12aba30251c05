// The promotion lexicons (lexicons/<lang>/promotion.ts) compiled once, for the two rules that read
// them: sensitive-event (a pitch or a joke next to a tragedy) and crisis (any upbeat post while an
// account is in crisis).
import * as en from '../lexicons/en/promotion';
import * as es from '../lexicons/es/promotion';
import { entryKinds } from './entry-kinds';
import { phraseMatcher } from './phrases';
import { regex } from './letters';

export type Pitch = 'promotion' | 'pivot' | 'joke' | 'cheer';

/** The kind of each lexicon entry (an entry in two lists keeps the first). */
export const pitchKind = entryKinds<Pitch>([
  ['promotion', [...en.promotion, ...es.promotion]],
  ['pivot', [...en.pivots, ...es.pivots]],
  ['joke', [...en.jokes, ...es.jokes]],
  ['cheer', [...en.cheer, ...es.cheer]],
]);

/** Pitches of every kind, pivots included ("Don't forget:"). */
export const findPitches = phraseMatcher([...pitchKind.keys()], { regex: true });

// A matcher of its own rather than findPitches without the pivots: in one alternation a pivot
// swallows the words it overlaps ("would have loved our" hides "our new"), which crisis must see.
/** Selling, jokes and cheer: what makes a post upbeat. */
export const findUpbeat = phraseMatcher(
  [...en.promotion, ...es.promotion, ...en.jokes, ...es.jokes, ...en.cheer, ...es.cheer],
  { regex: true },
);

/** Emoji that read as a joke, and as a party (global, for matchAll). */
export const JOKE_EMOJI = regex(en.jokeEmoji.source, 'gu');
export const CHEER_EMOJI = regex(en.cheerEmoji.source, 'gu');
/** Either kind, for a single exec (not global: it keeps no lastIndex between drafts). */
export const UPBEAT_EMOJI = regex(`${en.cheerEmoji.source}|${en.jokeEmoji.source}`, 'u');
