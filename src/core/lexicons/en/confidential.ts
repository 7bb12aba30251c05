// Markings that say a text is internal or not yet public. Data for the `confidential` rule: regex
// sources, matched as whole words in any case. Phrases that also serve as public advice ("do not share
// your password") carry a guard that lets that use through.

const adviceObjects = "your|you|yours|personal|any|anyone|passwords?|pins?|codes?|details|data|information|cards?|account|bank|booking|login|otp|one-time";

/** Critical wherever they appear. */
export const markers: string[] = [
  'embargoed(?:\\s+(?:until|till|to))?',
  'under\\s+(?:an?\\s+|strict\\s+)?embargo',
  'embargo\\s+(?:until|till|lifts|ends|date)',
  'under\\s+(?:an?\\s+)?NDA',
  'NDA',
  'non-disclosure agreement',
  'internal(?:\\s+use)?\\s+only',
  'for internal (?:use|eyes|purposes|review|circulation)',
  'internal draft',
  `do not (?:share|distribute|forward|circulate|leak|post|publish)(?!\\s+(?:${adviceObjects}))`,
  `don[’']?t (?:share|distribute|forward|circulate|leak|post|publish)(?!\\s+(?:${adviceObjects}))`,
  'not for (?:publication|release|public release|distribution|circulation|external (?:use|distribution)|sharing)',
  'not yet (?:public|announced)',
  'not (?:public|announced) yet',
  'not to be (?:shared|published|released|distributed|posted)',
  'internal\\s*:',
  'strictly confidential',
  'highly confidential',
  'company confidential',
  'confidential (?:and|&) proprietary',
  'privileged (?:and|&) confidential',
  'eyes only',
  'off the record',
  'embargo\\s*:',
  'keep (?:this|it) between us',
  'not (?:to|for) be shared (?:externally|publicly|outside)',
  'internal and confidential',
];

/** "confidential" is a marking in "CONFIDENTIAL:" or "[Confidential]" but a promise in "your data stays
 * confidential": the rule reads it in context. */
export const weakMarkers: string[] = ['confidential'];

/** Words just before a weak marker that make it a promise or a description, not a marking. */
export const promiseBefore: string[] = [
  'kept', 'keep', 'keeps', 'keeping', 'remain', 'remains', 'stay', 'stays', 'be', 'is', 'are', 'treated as', 'completely',
  'totally', 'fully', '100%', 'free and', 'free,', 'a', 'our', 'strictly and', 'and',
];

/** A private message to a colleague sent as a post: someone's schedule, a meeting set up for them.
 * Warning, and not in a private message, where it belongs. */
export const privateMessages: string[] = [
  // A person (not "it", "the webinar") booked into the reader's diary at a time.
  "(?!(?:it|this|that|everything|which|what|event|webinar|sale|date|launch|party|reminder)(?![\\p{L}]))\\p{L}+(?:'s| is) (?:on|in) your (?:schedule|calendar|diary|agenda) (?:for|at|on|tomorrow|today|next|this)",
  "i(?:'ve| have)? (?:put|added|booked|moved|pencil+ed|scheduled|blocked(?: out)?) (?:him|her|them|you|a call|a meeting|time|an hour|\\d+ ?min(?:ute)?s) (?:in|into|on|for)(?: in)? your (?:schedule|calendar|diary|agenda)",
  '(?:as|like) (?:we )?discussed (?:privately|in private|offline|one[- ]on[- ]one)',
];
