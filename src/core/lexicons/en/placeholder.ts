// Words that, inside [brackets] or <angles>, mark a blank someone meant to fill in.
export const fillInWords: string[] = [
  'link', 'url', 'insert', 'name', 'first[ _]?name', 'last[ _]?name', 'date', 'time', 'price', 'code',
  'tbd', 'tbc', 'tk', 'placeholder', 'todo', 'add', 'image', 'photo', 'handle', 'company', 'brand',
  'product', 'city', 'number', 'amount', 'percent', 'discount', 'x+',
];

// Each list below is read by the `placeholder` rule as whole-word, case-insensitive patterns
// (regex syntax allowed; a space matches one or more white-space characters, so write "\\s?" for an
// optional one).

/** Marks an editor leaves on a draft: never meant for the audience. Critical. */
export const editorialMarks: string[] = [
  '(?:copy|post|caption|draft) for (?:approval|sign[- ]off|review)', 'awaiting approval', 'pending approval',
  'needs approval', 'draft v\\d+', 'draft #\\d+', 'v\\d+ draft', 'final final', 'final[_ ]v\\d+', 'final[_ ]final',
  'legal to (?:check|approve|review|confirm)', 'pending legal(?: review| approval)?',
  'needs legal(?: review| sign[- ]off)?', 'check with legal', 'legal sign[- ]off',
  'insert (?:link|url|image|photo|name|date|price|handle|hashtag|copy|text|cta|caption|product(?: name)?|quote|emoji)(?: here)?',
  '(?:add|put|paste) (?:the )?(?:link|url) here', '(?:link|url) (?:goes )?here', 'link tbc',
  'note to self', 'notes? for (?:the )?(?:team|client|social team)', 'internal note', 'do not publish',
  'do not post', 'not for publication', 'lorem ipsum(?: dolor sit amet)?', 'dolor sit amet', 'placeholder text',
  'dummy (?:text|copy)', 'tktk+',
  // Version marks of a caption being passed around ("caption v2 - final??", "copy v3").
  '(?:caption|copy|tweet|draft|post copy) (?:v|ver\\.? ?|version )\\d+(?:\\.\\d+)?', 'v\\d+ [-–—] final',
  // Notes to a colleague: "check w/ Dana re: price", "confirm price with Sam". Not "check with us" or
  // "check with your doctor", which speak to the audience.
  '(?:check|confirm|verify|ask|clear (?:it|this)|run (?:it|this) by) (?:w/ ?|with )(?!(?:us|me|them|him|her|you|your|our|their|the|a|an|any|local)\\s)\\p{L}+ re:?',
  '(?:check|confirm|verify|clear (?:it|this)) w/ ?(?!(?:us|me|them|him|her|you|your|our|their|the|a|an|any|local)\\s)\\p{L}+',
  '(?:check|confirm|verify|tbc|tbd) (?:the )?(?:price|prices|date|dates|link|figures?|stats|numbers|copy|discount) (?:with|w/) ?(?!(?:us|me|you|your|our|the)\\s)\\p{L}+',
];

/** Labels a content brief uses before each part of a post ("Caption: …", "Alt text: …"). Warning. */
export const briefLabels: string[] = [
  'caption', 'alt text', 'alt-text', 'copy', 'post copy', 'body copy', 'headline', 'hashtags', 'cta',
  'visual', 'asset', 'creative', 'publish date', 'post date', 'posting time', 'first comment',
];

/** Instructions for whoever posts, pasted in with the caption. Critical. */
export const posterInstructions: string[] = [
  '(?:post|publish|schedule|go live)(?: this)? (?:at|on|for) (?:\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|h)?|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)',
  'use (?:the )?(?:first|second|third|fourth|last|other|\\d(?:st|nd|rd|th)?) (?:photo|image|picture|pic|video|visual|asset|carousel)',
  'use (?:photo|image|picture|pic|video|visual|asset) (?:\\d|[a-c])',
  '(?:please|pls|remember to|don\'t forget to) (?:pin|boost|schedule|post|publish) (?:this|it)',
  'attach (?:the )?(?:photo|image|video|visual|asset|carousel|gif)s?', 'add the (?:photo|image|video|visual|asset|carousel|gif)s?',
  'pin (?:this|it) (?:to|on) (?:the )?(?:top|profile)', 'boost (?:this|it) with',
  // An agency's covering note: "at 4pm, write the below:", "caption below", "here's the copy:".
  '(?:write|post|tweet|share|publish|copy|paste|copy and paste|copy/paste|use) (?:the |this )?(?:below|following)(?: (?:caption|copy|text|post|tweet))?',
  '(?:caption|copy|text) (?:below|to use|to post)', 'below is the (?:caption|copy|text|post|tweet)',
  "here(?:'s| is) (?:the|your) (?:caption|copy|post copy|final copy)",
];

// What a note to self is about: the parts of a post an agency hands over separately.
const part = '(?:copy|final copy|caption|link|url|tracking link|image|photo|pic|visual|asset|cta|hashtags?|alt text|headline)';

/** Notes to self about a missing or swappable part ("NEED COPY", "copy TBD", "add link", "swap the
 * image if we win"). Critical, but only as a clause of their own ("need copy editors", "add photos to
 * your review", "need a link?" are sentences for the audience). */
export const draftingNotes: string[] = [
  `needs? (?:the |final |new )?${part}(?: (?:and|&|\\+|/) (?:the )?${part})*`,
  `${part} (?:tbd|tbc|tba|tk|needed|missing|pending|to be added|still to add)`,
  '(?:copy|final copy|caption|cta|headline) (?:to come|to follow)',
  `add (?:the )?${part}(?: (?:here|later|before posting))?`,
  `(?:swap|replace|change) (?:the |this )?${part}(?: (?:for|with|to|if|once|when|before|after) [^.\\n)]{1,40})?`,
  `(?:waiting (?:on|for)|still need) (?:the )?(?:${part}|assets|visuals|approval|client|legal|sign[- ]off)`,
  'todo\\s?:', 'fixme',
];

/** A question to a colleague about the post's own wording ("How's this copy, Jade?", "Does this
 * caption work?", "OK to post?"): read only when a question mark follows within the sentence. */
export const reviewQuestions: string[] = [
  "how(?:'s| is| does) this (?:copy|caption|wording|draft|text)",
  '(?:is|does) this (?:copy|caption|wording|draft|text) (?:ok|okay|alright|good|fine|work|look|sound|read|need)',
  '(?:thoughts|feedback|comments) on (?:this|the) (?:copy|caption|wording|draft)',
  '(?:ok|okay|alright|fine|good) to (?:post|publish|schedule|send)(?: this)?(?= ?\\?)',
  '(?:can|could) you (?:check|proof|proofread|approve|look over|sign off) (?:this|the) (?:copy|caption|wording|draft|text|post)',
];

/** Verbs that edit a post, in a bracketed note with a condition: "(change if we win)". */
export const editVerbs: string[] = ['change', 'swap', 'update', 'delete', 'remove', 'replace', 'edit', 'rewrite', 'pull'];
/** Words that make the note conditional. */
export const conditionWords: string[] = ['if', 'once', 'when', 'after', 'before', 'depending', 'unless'];

/** Labels of an alternative version pasted under the first ("ALT VERSION:", "Alternative caption:"). */
export const alternativeLabels: string[] = ['alt version', 'alt caption', 'alt copy', 'alternative (?:version|caption|copy)', 'version [b-d]', 'option [b-d]', 'option [2-4]'];
/** A line of its own between two alternative captions. */
export const alternativeSeparators: string[] = ['or', 'alt', 'alternatively', 'option 2', 'option b'];

/** Whole drafts that are only a test ("test", "testing 123", "asdf"). Critical. */
export const testMessages: string[] = [
  'test', 'testing', 'test post', 'test tweet', 'testing testing', 'test test', 'test 1 2 3', 'test 123',
  'testing 1 2 3', 'testing 123', 'test \\d+', 'asdf\\w*', 'qwerty\\w*', 'sdfg\\w*', 'ignore this',
  'please ignore', 'xxx+', 'abc', 'abc 123', '123', 'lorem',
];

// A brief from an agency or a client pasted in with the caption: "Please could you post on Instagram
// the below text and image", "Can you post the following on Monday". Two cues: a request to post,
// addressed to whoever posts, and what a brief hands over (the below, the following, the copy).
/** A request to post something: read with `postObjects` after it, in its sentence. */
export const postRequests: string[] = [
  '(?:please |pls |kindly )?(?:could|can|would|will) you (?:please |pls |kindly )?(?:post|publish|tweet|upload|schedule|put up|put out|go live with|share)',
  "(?:please|pls|kindly),? (?:post|publish|tweet|upload|schedule|put up|share)", "(?:i|we)(?:'d| would) (?:like|love) you to (?:post|publish|tweet|upload|share)",
];
/** What a request hands over, when the verb is not "share": "can you share the following appeal?" is
 * also a call to the audience. */
// Not "please post the attached form back to us": a letter, not a social post.
export const bareObjects: string[] = ['the (?:below|following|attached|enclosed)(?! (?:forms?|letters?|documents?|applications?|cheques?|checks?|cards?|slips?|coupons?|vouchers?|parcels?|packages?|items?|returns?)(?![\\p{L}]))'];
/** What a request hands over, named as a brief names it (the copy, the caption, the text and image). */
export const postObjects: string[] = [
  '(?:the |this )?(?:text|copy|caption|image|visual|artwork|creative|asset)s? (?:below|attached)',
  '(?:the |this )?(?:below|following|attached) (?:text|copy|caption|tweet|image|visual|artwork|creative|asset|content)s?',
  '(?:this|the) (?:copy|caption|post copy)', '(?:text|copy|caption) (?:and|&|\\+) (?:the )?(?:image|photo|visual|video|artwork|creative)s?',
  // A time to post it: "can you schedule this for Friday 10am".
  '(?:this|it) (?:for|on|at) (?:mon|tues|wednes|thurs|fri|satur|sun)day', '(?:this|it) (?:for|at) \\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|h)',
  '(?:this|it) (?:asap|first thing|tomorrow morning)',
];
/** Handing the copy over: "please find attached", "here is the copy". With `handoverObjects`. */
export const handovers: string[] = ["please find (?:attached|below|enclosed)", "(?:attached|enclosed) (?:is|are)", "here(?:'s| is| are)", "(?:i'?m|we'?re) (?:sending|sharing) (?:over|you)"];
/** What a handover is for: posting ("the copy for Monday's post", "the caption to post"). */
export const handoverObjects: string[] = [
  "(?:the )?(?:text|copy|caption|image|visual|artwork|creative|asset)s?(?: (?:and|&|\\+) (?:the )?(?:\\p{L}+))? (?:to (?:post|publish|tweet|go out)|for (?:(?:the|this|our|your|tomorrow'?s|today'?s|\\p{L}+'s) )?(?:post|tweet|story|reel|posting))",
];
