// Paid promotion and its disclosure. Read by `disclosure` as whole-word, case-insensitive patterns
// (regex syntax allowed). A hashtag entry matches the hashtag itself ("#ad", not "ad").

/** Disclosures that make a paid post honest. */
export const disclosures: string[] = [
  '#ad', '#ads', '#advert', '#advertisement', '#advertising', '#sponsored', 'sponsored(?: by| post| content)?',
  'paid partnership', 'paid partner', 'paid promotion', '#paidpartnership', '#partner', '#partnership', '#spon',
  '#gifted', 'gifted by', 'gifted to me', 'pr product', '#affiliate', 'affiliate links?', 'in partnership with',
  '(?:i|we) (?:may )?(?:earn|get|receive|make) (?:a )?(?:small )?commission', 'thanks to @[\\w.]+ for sponsoring',
];

/** Wording of affiliate selling: on its own reason enough to expect a disclosure. */
export const affiliate: string[] = [
  'affiliate', 'link in (?:my )?bio (?:for|to get) (?:a |the |my |\\d+\\s?% )?(?:discount|off|deal)',
  'use my (?:code|link)', 'my (?:discount |promo )?code', 'shop (?:via|through|with|using) my link',
  'with my link', 'swipe up (?:to|for) (?:shop|buy|get)', 'commission',
];

/** Praise that reads like an endorsement when a brand is tagged. */
export const praise: string[] = [
  'obsessed with', "can'?t live without", 'lov(?:e|ing) (?:my|this|these|the) new', 'my new favou?rite', 'my holy grail',
  'game[- ]changer', 'best (?:\\p{L}+ )?ever', 'highly recommend', 'thank you @[\\w.]+ for', 'thanks @[\\w.]+ for',
  'so in love with', 'must[- ]have',
];
