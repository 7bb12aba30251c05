// Selling, contests, jokes and cheer: the wording that turns a post about a tragedy or a crisis into
// an insult. Read by `sensitive-event` and `crisis` as whole-word, case-insensitive patterns (regex
// syntax allowed; a space matches one or more white-space characters).

/** Selling and contests. */
export const promotion: string[] = [
  '\\d+\\s?% off', '\\d+\\s?% discount', 'sale', 'sales event', 'flash sale', 'on sale', 'discount(?:s|ed)?',
  'deals?', 'special offer', 'limited[- ]time offer', 'offer ends', 'promo', 'promo code', 'use code',
  'coupon', 'voucher', 'shop now', 'buy now', 'order now', 'book now', 'get yours', 'grab yours',
  'free shipping', 'free delivery', 'bogo', 'buy one get one', 'new collection', 'our new', 'check out our',
  'introducing our', 'launch(?:ing)? our', 'chance to win', 'win an?', 'to win', 'giveaway', 'contest',
  'competition', 'sweepstakes', 'enter now', 'prizes?', 'treat yourself', 'save up to', 'save \\d+',
  'our (?:new )?\\w+ (?:range|collection|line)', 'from [$€£]\\d+', 'from \\d+\\s?(?:eur|usd|gbp|€)', 'shop the', 'stock up',
  // Shopping nudges ("We'll be doing lots of online shopping today. How about you?").
  'do(?:ing)? (?:lots of|a lot of|some|a bit of|a little|plenty of) (?:\\S+ )?shopping', 'happy shopping', 'go shopping',
  'shopping spree', 'perfect (?:day|time|excuse) (?:to|for) (?:shop|shopping|some shopping|stock up)',
  '2[- ]for[- ]1', 'half (?:price|off)', 'download (?:it |the app )?(?:now|today)',
  'may we suggest', "in case you(?:'re| are) bored", 'shop from (?:home|your couch|the couch|your sofa|the sofa|bed)',
];

/** Pivots from a serious subject to a pitch ("Don't forget:", "Speaking of…", "let's not forget about"). */
export const pivots: string[] = [
  "don'?t forget(?: about)?", "let'?s not forget about", 'speaking of', 'on a lighter note', 'in other news',
  'while you(?:\'re| are) (?:at it|here)', 'to cheer you up', 'to lift your spirits', 'what better way',
  "he'?d have loved", "she'?d have loved", "they'?d have loved", 'would have loved our', 'in (?:his|her|their) honou?r,? (?:enjoy|get|shop|save)',
];

/** Jokes. */
export const jokes: string[] = [
  'lol', 'lmao', 'rofl', 'haha+', 'hehe+', 'jk', 'just kidding', 'pun intended', 'no pun intended',
];

/** Party mood: fine on most days, wrong during a crisis (not next to a death: "celebrate his life"). */
export const cheer: string[] = [
  'yay+', 'woo+hoo+', 'party time', "let'?s party", 'party', 'celebrate', 'celebrating', 'celebration',
  'hooray', 'hurray', 'so excited', "can'?t wait", 'fun', 'exciting news', 'big news', 'good vibes',
];

/** Emoji that read as a joke. */
export const jokeEmoji = /[😂🤣😜😝😆😅🤪🙃😏]/u;
/** Emoji that read as a party. */
export const cheerEmoji = /[🎉🥳🎊🍾🥂🍻😎🤑💃🕺🙌🔥✨🤩😍]/u;
