// Paid promotion and its disclosure. Read by `disclosure` as whole-word, case-insensitive patterns
// (regex syntax allowed). A hashtag entry matches the hashtag itself ("#ad", not "ad").

/** Disclosures that make a paid post honest. */
export const disclosures: string[] = [
  '#ad', '#ads', '#advert', '#advertisement', '#advertising', '#sponsored', 'sponsored(?: by| post| content)?',
  'paid partnership', 'paid partner', 'paid promotion', '#paidpartnership', '#partner', '#partnership', '#spon',
  '#gifted', 'gifted by', 'gifted to me', 'pr product', '#affiliate', 'affiliate links?', 'in partnership with',
  '\\((?:gifted|ad|pr|pr product|sponsored|affiliate)\\)', '\\[(?:gifted|ad|pr|sponsored|affiliate)\\]',
  '(?:i|we) (?:may )?(?:earn|get|receive|make) (?:a )?(?:small )?commission', 'thanks to @[\\w.]+ for sponsoring',
];

/** Wording of affiliate selling: on its own reason enough to expect a disclosure. */
export const affiliate: string[] = [
  'affiliate', 'link in (?:my )?bio (?:for|to get) (?:a |the |my |\\d+\\s?% )?(?:discount|off|deal)',
  'use my (?:code|link)', 'my (?:discount |promo )?code', 'shop (?:via|through|with|using) my link',
  'with my link', 'swipe up (?:to|for) (?:shop|buy|get)', 'commission',
];

/** Praise that reads like an endorsement when a brand is tagged, or next to a discount code. */
export const praise: string[] = [
  'obsessed with', "can'?t live without", 'lov(?:e|ing) (?:my|this|these|the) new', 'my new favou?rite', 'my holy grail',
  'game[- ]changer', 'best (?:\\p{L}+ )?ever', 'highly recommend', 'thank you @[\\w.]+ for', 'thanks @[\\w.]+ for',
  'so in love with', 'must[- ]have', 'i swear by', 'changed my (?:life|skin|hair|routine|mornings)',
  // "my skin has never looked this good", "my hair has never felt so soft"
  '(?:my|your) (?:\\p{L}+ ){1,2}(?:has|have) never (?:looked|felt|been) (?:this|so|better)', "can'?t stop (?:using|wearing)",
];

/** A creator code without the word "code" (capitals then digits: "MAYA25") is read from the words
 * around it: what it gets you after it ("MAYA25 gets you 15%"), what you do with it before it with
 * what for ("use MAYA25 for 25% off"), or a discount taken with it ("25% off with MAYA25"). */
export const codeGains: string[] = ['gets?(?: you| u)?', 'saves?(?: you)?', 'takes?'];
export const codeUses: string[] = ['use', 'apply', 'enter', 'redeem', 'with', 'using'];
export const codeFor: string[] = ['for', 'to get', 'and get'];
export const codeWith: string[] = ['with', 'using'];
/** What follows the percentage of a discount. */
export const discounts: string[] = ['off', 'discount'];
/** Words after "N%" that make it a measure, not a discount: "XR200 gets you 20% more range". */
export const measures: string[] = ['more', 'less', 'faster', 'lighter', 'longer', 'bigger', 'smaller', 'better', 'extra'];

/** Thanks to a tagged brand for free products: with a code, a discount or a link, a gifted promotion. */
export const giftThanks: string[] = [
  "thank(?:s| you)(?: so much)? @[\\w.]+ for (?:the |my |these |this |all the |sending(?: me)?(?: the| these| this| my| over)? |gifting(?: me)?(?: the| these| this)? )?(?:\\p{L}+ ){0,2}(?:goodies|gifts?|pr (?:package|box|parcel)|package|parcel|box|freebies|samples|treats|care package|hamper|swag|kit|goody bag|haul)",
  "thank(?:s| you)(?: so much)? @[\\w.]+ for (?:sending|gifting)(?: me| over)?", '@[\\w.]+ (?:kindly )?(?:sent|gifted) me', '(?:kindly )?sent (?:to me )?by @[\\w.]+', 'pr (?:package|box|parcel|haul)',
];
/** Something to buy next to the thanks: a discount ("15% off"), a shop link or a "get yours". */
export const buyCues: string[] = ['\\d+\\s?% off', 'link in (?:my )?bio', 'get yours', 'grab yours', 'shop (?:it|them|now|here)', 'discount', 'use code'];

/** Holding what one pushes ("I got mine"): with speculation and a push, it reads as a paid shill. */
export const holding: string[] = [
  "i(?:'ve| have)? (?:just )?(?:got|bought|grabbed|picked up|secured|copped|loaded up on) (?:mine|some|my bag|a bag|in early)", "i'?m (?:all )?in", 'already (?:got|bought) (?:mine|some)',
];

// Links that pay the poster (language-neutral, kept here). Read by `disclosure` on the links that
// text/urls finds, for personal accounts only: a brand tags its own links with ?ref= and utm_ all day.

/** Query parameters that only carry an affiliate or referral id: any value counts. */
export const affiliateParams: string[] = [
  'aff', 'aff_id', 'affid', 'aff_code', 'affcode', 'affiliate', 'affiliate_id', 'affiliateid', 'referral', 'referral_code',
  'referralcode', 'refcode', 'ref_code', 'ref_id', 'refid', 'rfsn', 'irclickid', 'irgwc', 'ranmid', 'raneaid', 'sscid',
  'partner_id', 'partnerid', 'clickref', 'coupon', 'coupon_code', 'couponcode', 'discount', 'discount_code', 'promo', 'promo_code', 'promocode',
];

/** Parameters that may also name a channel (ref=twitter, via=newsletter): they count only when the
 * value is a person's code, with letters and digits (lucia15) or the poster's own name. */
export const referralParams: string[] = ['ref', 'via', 'invite', 'invite_code', 'code', 'utm_source', 'utm_campaign', 'utm_content'];

/** utm_medium values that say the link is a creator's or affiliate's. */
export const affiliateMediums: string[] = ['affiliate', 'affiliates', 'influencer', 'influencers', 'creator', 'creators', 'ambassador', 'partner', 'referral'];

/** Hosts of affiliate networks and creator shops: every link on them pays someone. Amazon links
 * count only with an Associates tag (tag=…), since its share buttons make plain amzn.to links too. */
export const affiliateHosts: string[] = [
  'rstyle.me', 'liketk.it', 'shopltk.com', 'shopmy.us', 'howl.me', 'shareasale.com', 'awin1.com', 'linksynergy.com',
  'anrdoezrs.net', 'jdoqocy.com', 'tkqlhce.com', 'dpbolvw.net', 'kqzyfj.com', 'prf.hn', 'tidd.ly', 'skimresources.com',
  'viglink.com', 'shopstyle.it', 'go2cloud.org', 'pntra.com', 'pjtra.com', 'sjv.io', 'ojrq.net', 'pxf.io',
];
