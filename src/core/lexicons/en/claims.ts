// Claims a brand may be asked to prove: health and cure claims, guarantees, unprovable superlatives,
// market-moving financial statements and flat denials. Read by `unverified-claim` as whole-word,
// case-insensitive patterns (regex syntax allowed; a space matches one or more white-space
// characters; write "\\s?" for an optional one). Curly apostrophes are read as straight ones.

/** Verbs that claim an effect on health… */
export const healthVerbs: string[] = [
  // Not "treats" (sweets), "fight against" (charity), "we support" (sponsorship).
  'cures?', 'cured', 'prevents?', 'heals?', 'protects? (?:you )?(?:against|from)', 'fights(?: off)?',
  'boosts?(?: your)?', 'strengthens?(?: your)?', 'supports? your', 'kills? \\d+(?:[.,]\\d+)?\\s?% of',
  'eliminates?', 'reverses?', 'detox(?:es|ifies)?', 'clinically proven', 'scientifically proven',
  'gets? rid of', 'relieves?', 'ends your', 'doctor[- ]recommended', 'miracle', 'immune[- ]boosting', 'cancer[- ]fighting', 'anti[- ]cancer', 'anti[- ]viral',
];
/** …on these: together they make a health claim. */
export const healthTerms: string[] = [
  'covid(?:-19)?', 'coronavirus', 'virus(?:es)?', 'viral infections?', 'cancer', 'diabetes', 'flu', 'influenza',
  'common colds?', 'colds and flu', 'anxiety', 'depression', 'diseases?', 'illness(?:es)?', 'infections?', 'immun(?:e|ity)(?: system)?',
  'inflammation', 'arthritis', 'acne', 'insomnia', 'obesity', "alzheimer'?s", 'dementia', 'heart disease',
  'blood pressure', 'cholesterol', 'germs', 'bacteria', 'migraines?', 'autism', 'adhd', 'nausea', 'morning sickness',
];

/** Guarantees no one can give. Warning. */
export const guarantees: string[] = [
  // Safety in pregnancy: a promise about a baby's health that only a regulator's label can make.
  'no (?:increased |added |extra |known )?risks? (?:to|for) (?:the |your |my |an? )?(?:unborn )?(?:baby|babies|pregnancy|foetus|fetus)',
  // Not a bare "safe during pregnancy?" (a midwife's Q&A), only the promise.
  '(?:completely|totally|perfectly|100\\s?%) safe (?:for|during|in) pregnancy', '(?:completely|totally|perfectly|100\\s?%) safe for (?:pregnant women|mums?[- ]to[- ]be|moms?[- ]to[- ]be|your unborn baby)',
  '100\\s?% (?:safe|guaranteed|effective|secure|risk[- ]free|reliable|on time|natural and safe)',
  'zero (?:delays|risk|side effects|accidents|cancellations)', 'never (?:delayed|late|cancelled)',
  'always on time', 'no delays(?:,)? ever', 'risk[- ]free', 'completely safe', 'totally safe', 'perfectly safe',
  'absolutely safe', 'guaranteed (?:results|returns|profits?|income|to (?:work|cure|lose|heal|win))',
  'no side effects',
];
/** A bare "guaranteed": often a real commercial guarantee (money back). Info. */
export const softGuarantees: string[] = ['guaranteed', 'we guarantee'];

/** Superlatives that cannot be proven. Warning, info when the post cites a source. */
export const superlatives: string[] = [
  "(?:the )?world'?s (?:best|safest|first|largest|biggest|greenest|finest|favou?rite|leading|healthiest|cheapest|most \\p{L}+|\\p{L}+est)",
  '(?:the )?(?:best|safest|finest|healthiest|cheapest|greenest|tastiest|greatest|most \\p{L}+) (?:\\p{L}+ ){0,2}(?:in|on) (?:the )?(?:world|planet|universe|galaxy|history|earth)',
  '(?:the )?(?:best|safest|greatest|tastiest|finest) (?:\\p{L}+ )?ever(?: made)?', '(?:#1|no\\.? ?1|number one) in the world',
  'unbeatable', 'nobody beats', 'no one beats',
];

/** Statements that could move a share price. Warning. */
export const financial: string[] = [
  "(?:we will|we'?ll|we are going to) be profitable", 'profitable (?:next|this) (?:quarter|year)',
  'record (?:profits|revenue|earnings|results) (?:next|this) (?:quarter|year)', 'merger (?:with|talks|agreement|of)',
  'proposed merger', 'merge with', "we(?:'re| are| will be| have agreed to) acquir(?:e|ing)",
  'acquisition talks', 'in talks to (?:acquire|buy|merge)', 'takeover (?:bid|offer|talks)', 'going public',
  '(?:our|an|the) ipo', 'earnings will', 'revenue will (?:double|triple|grow|rise|beat)',
  'share price will', 'stock (?:price )?will (?:rise|double|soar)', 'profit warning', 'guidance (?:raised|cut)',
  // Taking a listed company private, and the deal wording around it. Not "let's take this private" (a
  // support chat moving to DMs) nor "going private" (a personal profile).
  "tak(?:e|es|ing) (?!(?:this|it|that|things|everything|dms|messages|the (?:conversation|chat))\\s)(?:the company |the business |us |\\p{L}+ )private",
  'go(?:es|ing)? private (?:at|for) (?:\\$|£|€|\\d)', 'take[- ]private (?:deal|offer|bid|transaction)', 'buyout (?:offer|bid|talks|deal)',
  '(?:considering|exploring|evaluating|weighing|reviewing) (?:an? )?(?:merger|takeover|buyout|ipo|public listing|spin-?off|sale of the (?:company|business)|strategic (?:options|alternatives))',
  '(?:agree[sd]?|agreeing|have agreed|has agreed) to (?:acquire|merge with|be acquired|sell the (?:company|business))',
  "shares (?:will|are going to|are about to) (?:rise|double|triple|soar|jump|go up|climb|recover|rebound)",
  '(?:raising|raise|raises|raised|lifting|lifts?|lifted|cutting|cuts?|lowering|lowers?|lowered|slashing|slash(?:es|ed)?) (?:our |its |the )?(?:full[- ]year |annual |\\d{4} )?(?:guidance|profit forecast|earnings forecast|revenue forecast|sales forecast)',
];

/** Flat denials of reported facts. Warning in a reply or comment, info in a post. */
export const denials: string[] = [
  'if that were true', 'if that was true', "that'?s (?:simply |just |completely |totally )?(?:not true|false|untrue|a lie)",
  'that is (?:simply |just |completely |totally )?(?:not true|false|untrue|a lie)', 'that never happened',
  'completely false', 'totally false', 'nobody would work for us', 'no one would work for us', 'fake news',
  'this is a hoax', 'pure fiction',
];

/** Marks of a cited source: a claim next to one is only a hint. */
export const sourceMarks: string[] = [
  'according to', 'source:', 'sources:', 'per (?:our|the) (?:published|annual|latest|independent)', 'report',
  'study', 'studies (?:show|found|suggest)', 'research (?:shows|found)', 'survey', 'data from', 'audited', 'certified by', 'as rated by', 'ranked by', 'awarded by',
];
