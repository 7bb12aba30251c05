// Wording that only `crisis` reads, on top of the shared promotion lexicon (lexicons/<lang>/promotion.ts):
// what is harmless on a normal day but tone-deaf while an account is in crisis mode, and the shape of
// a statement on the crisis itself. Whole-word, case-insensitive patterns (regex syntax allowed; a
// space matches one or more white-space characters). Curly apostrophes are read as straight ones.

/** Banter, playful sign-offs and cheery greetings: the community manager's everyday voice. */
export const lightHearted: string[] = [
  'sleepy\\s?time', 'hit the (?:hay|sack)', 'off to bed', "(?:we'?re|i'?m) off to (?:bed|sleep|dream)", 'nighty[- ]night',
  'night night', 'sweet dreams', 'sleep tight', 'beauty sleep', 'tgif', 'fri-?yay', 'happy (?:friday|monday|weekend|hump day)',
  'have an? (?:great|fab|fabulous|lovely|awesome|amazing|fun) (?:weekend|friday)',
  '(?:see|catch) (?:you|ya) (?:all )?(?:tomorrow|in the morning|bright and early) for more',
];

/** Calls to buy that the shared promotion lexicon leaves out. Not "sign up", "subscribe", "order today":
 * a crisis team asks people to sign up for status alerts. Not a monthly price either: "we will credit
 * £5 a month" is the crisis team's own compensation. */
export const selling: string[] = [
  '(?:upgrade|get (?:it|yours)) (?:now|today)', "don'?t miss out",
  'while (?:stocks|supplies) last', 'limited time only', '(?:only|just) [$€£]\\s?\\d+',
];

/** An apology… */
export const apology: string[] = [
  'apologi[sz]e', 'apologi[sz]ing', 'our apologies', 'my apologies', '(?:we|i) (?:are|am) (?:so |deeply |truly |very |sincerely )?sorry',
  "(?:we'?re|i'?m) (?:so |deeply |truly |very |sincerely )?sorry", 'we regret',
];
/** …about the event itself: together they make a statement on the crisis. Not "we're investigating",
 * "the situation": every outage update says so. */
export const incident: string[] = [
  'what happened', '(?:this|the|today\'?s|yesterday\'?s|recent) (?:incident|event|events)', 'upsetting',
  'unacceptable', '(?:full|detailed|thorough|internal|independent) review', 'the authorities',
];
