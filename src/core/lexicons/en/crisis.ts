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

/** Offers and calls to buy that the shared promotion lexicon leaves out: a monthly price, "upgrade today".
 * Not "sign up", "subscribe", "order today": a crisis team asks people to sign up for status alerts. */
export const selling: string[] = [
  '[$€£]\\s?\\d+(?:[.,]\\d+)?\\s?(?:/\\s?|a |per )(?:month|mo|year|yr|week)',
  '\\d+(?:[.,]\\d+)?\\s?(?:€|£|\\$|eur|euros|usd|gbp)\\s?(?:/\\s?|a |per )(?:month|mo|year|yr|week)',
  '(?:upgrade|get (?:it|yours)) (?:now|today)', "don'?t miss out",
  'while (?:stocks|supplies) last', 'limited time only', '(?:only|just) [$€£]\\s?\\d+',
];

/** An apology… */
export const apology: string[] = [
  'apologi[sz]e', 'apologi[sz]ing', 'our apologies', 'my apologies', '(?:we|i) (?:are|am) (?:so |deeply |truly |very |sincerely )?sorry',
  "(?:we'?re|i'?m) (?:so |deeply |truly |very |sincerely )?sorry", 'we regret',
];
/** …about the event itself: together they make a statement on the crisis. */
export const incident: string[] = [
  'what happened', '(?:this|the|today\'?s|yesterday\'?s|recent) (?:incident|event|events|situation)', 'upsetting',
  'unacceptable', 'investigat(?:e|ing|ion)', '(?:full|detailed|thorough|internal|independent) review', 'the authorities',
];
