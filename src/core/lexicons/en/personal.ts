// Wording that reads as one person's private life or personal opinion: a disaster when it goes out
// from a brand account by mistake. Read by `wrong-account` as whole-word, case-insensitive patterns
// (regex syntax allowed; a space matches one or more white-space characters). Curly apostrophes are
// read as straight ones.

/** Private states and nights out that read as personal on their own. */
export const privateStates: string[] = [
  'hung\\s?over', 'never drinking again', "i'?m never drinking", 'so drunk', 'still drunk', 'drunk af',
  'blackout drunk', 'tinder date', 'bumble date', 'my hangover', 'this hangover', 'worst hangover',
  'flat[- ]hunting', 'apartment[- ]hunting', 'house[- ]hunting again', 'fml',
  '(?:get|getting|got) (?:so )?(?:drunk|wasted|hammered|smashed|plastered|trashed)',
  // drunk slang, also as a run-together hashtag in tweet spelling (#gettinwasted, #gettngslizzerd)
  "#?(?:get|gett?(?:ing|in|n|ng)'?|got)\\s*(?:so\\s*)?(?:sloshed|blitzed|shitfaced|slizz?er(?:e)?d|drunk|wasted|hammered|plastered)",
  // the morning after, and one's own aches
  '(?:someone|somebody|anyone),? (?:please )?(?:bring|get|send) me', "i'?m not (?:a )?(?:person|human|functioning) today",
  'my head is (?:killing me|pounding|spinning)', 'i need (?:an? )?(?:aspirin|ibuprofen|paracetamol|advil|tylenol|painkillers?)',
  "i (?:hate|can'?t stand) (?:my|this) job", 'this job sucks', 'my job sucks',
  "can'?t wait to (?:get off work|leave work|go home and)",
  // one's own bad day, one's own big news
  "i'?m (?:so )?(?:stuck|exhausted|knackered|wrecked|hungover|sick of|fed up|over it|bored out of my mind)",
  '(?:ugh|omg|argh),? (?:my|i)', 'my (?:flight|train|bus) (?:got|was|is) (?:cancelled|canceled|delayed)',
  'just got engaged', 'i said yes', "i'?m engaged", "i'?m pregnant", "(?:i'?m|we'?re) expecting (?:a baby|our first|twins)",
];

/** Staff grievances: a brand never speaks of its own people as "us" being fired or left unpaid. */
export const staffGrievance: string[] = [
  "(?:we'?re|i'?m) (?:all )?being (?:fired|laid off|made redundant)",
  // a count, not "none of us got fired for…"
  '(?:\\d+|all|many|most|some|half|lots|loads|dozens|hundreds|the rest|a few|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty) of us (?:are |were )?(?:being|getting|got) (?:fired|sacked|laid off|let go|made redundant)',
  "(?:we'?ve|we have|we'?ve all|we all) (?:just )?(?:been|got) (?:fired|sacked|laid off|let go|made redundant)",
  "(?:they'?re|they are|management is|management are) (?:firing|sacking|laying off) (?:us|all of us|everyone|\\d+ of us)",
  "(?:we|i) (?:still )?(?:haven'?t|have not) been paid(?! a)", "(?:they|management) (?:don'?t|doesn'?t|won'?t) pay us", 'unpaid overtime',
  "(?:we'?re|i'?m|we are|i am) (?:so )?(?:underpaid|overworked)",
];

/** "my …" + a person or thing of one's private life. */
export const myPrivate: string[] = [
  'my (?:landlord|landlady|rent|flat|flatmate|roommate|housemate|apartment|boyfriend|girlfriend|bf|gf|husband|wife|hubby|wifey|fianc[eé]e?|ex|mum|mom|mommy|mother|dad|daddy|father|parents|in-laws|kids|son|daughter|baby|babies|sister|brother|family|grandma|grandpa|grandmother|grandfather|granny|grandad|granddad|grandparents|nan|nana|uncle|aunt|auntie|late (?:mum|mom|mother|dad|father|husband|wife|brother|sister|son|daughter|grandma|grandpa|grandmother|grandfather|friend)|therapist|diet|period|birthday|wedding|salary|paycheck|payslip|boss|commute|cat|dog|crush)',
  "can'?t believe my", 'anyone know a good (?:flat|apartment|dentist|doctor|plumber|therapist)',
];

/** One's own career news. */
export const careerNews: string[] = [
  "i'?m (?:so )?(?:happy|thrilled|excited|proud|delighted|pleased|honou?red) to (?:share|announce) that i",
  "i'?m (?:starting|beginning) a new (?:position|job|role|chapter)", 'starting a new position as',
  "i'?ve (?:accepted|started) a new (?:position|job|role)",
  "(?:happy|thrilled|excited|proud|delighted|pleased|honou?red) to (?:share|announce) (?:that )?i(?:'ve|'m|'ll| have| am| will)",
  "i'?ve (?:just )?joined", 'i (?:just )?joined \\S+ as', 'i (?:got|landed) (?:the|a|my) (?:new )?job',
  'i got promoted', 'my new (?:job|role|position)', 'my last day at', 'i quit my job', 'i got (?:fired|laid off)',
  "i'?m open to work", '#opentowork', "i'?m leaving \\S+ after",
  // one's own work anniversary
  "(?:years?|months?) ago(?: today)?,? i (?:walked into|joined|started|began|stepped into|arrived at)",
  'i walked into (?:this|the|our|my) (?:office|building|company|team)', 'my first (?:day|week) (?:at|in|on|with|as)',
  'my (?:\\w+ )?(?:work anniversary|workiversary)', "i'?ve been (?:at|with|working at|working for) \\S+ (?:for|since)",
  'today (?:marks|is) my (?:\\w+ )?(?:year|anniversary)',
];

/** A first-person opinion… */
export const opinion: string[] = [
  "i (?:really |honestly |personally )?(?:think|believe|feel|hate|despise|can'?t stand|support|voted(?: for)?|will vote|am voting)",
  "i'?m voting", "i'?ll vote", 'anyone who votes? for', 'if you vote(?:d)? for', 'in my (?:humble |honest )?opinion', 'imo', 'imho', 'personally,? i', 'my vote',
];
/** …about politics: together they read as a personal political opinion. */
export const politics: string[] = [
  'president', 'prime minister', 'government', 'congress', 'parliament', 'senate', 'senator', 'election',
  'elections', 'ballot', 'labour', 'liberal', 'conservative', 'left[- ]wing', 'right[- ]wing',
  // Not "woke" (I woke up early).
  'brexit', 'immigrants?', 'abortion', 'gun control',
];
/** Politicians and parties by name or camp ("Obamas" as tweets spell the possessive): with a verdict
 * on them (below), or with an opinion (above), they read as a personal political jab. */
export const partisans: string[] = [
  'democrats?', 'republicans?', 'gop', 'liberals', 'conservatives', 'tories', 'tory', 'leftists?', 'socialists?',
  'communists?', 'fascists?', "trump(?:'?s)?", "biden(?:'?s)?", "obama(?:'?s)?", "clinton(?:'?s)?", "romney(?:'?s)?", 'maga',
];
/** A blunt verdict on someone. */
export const verdict: string[] = [
  'bad', 'worse', 'worst', 'terrible', 'awful', 'horrible', 'pathetic', 'disgrace(?:ful)?', 'disaster', 'a joke',
  'clowns?', 'idiots?', 'morons?', 'liars?', 'crooks?', 'corrupt', 'useless', 'incompetent', 'clueless', 'embarrassing',
  'stupid', 'dumb', 'sucks?', 'losers?', 'traitors?', 'evil', 'scum',
];

/** A close relative, as one calls or names them. */
const KIN =
  '(?:mum|mom|mommy|mama|mother|dad|daddy|papa|pops|father|grandma|grandpa|grandmother|grandfather|granny|grandad|granddad|gramps|nan|nana|nanna|uncle|auntie|aunty|brother|sister|son|daughter)';

/** Grief of one's own: a loved one's death, its anniversary, words to the one who died. A brand's
 * condolence ("our thoughts are with the family of…") says none of this. */
export const grief: string[] = [
  // "RIP grandpa", "Dad, rest in peace"; not "RIP dad jokes"
  `(?:rip|r\\.i\\.p\\.?|rest in peace|fly high),? (?:my |sweet |dear )?${KIN}(?![ -]?(?:jokes?|bods?|jeans|mode|vibes?|energy))`,
  // not "watch your son rip open his present"
  `${KIN},? (?:rip(?! \\p{L})|r\\.i\\.p|rest in peace|fly high)`,
  // not a win-back line ("since you left us, we've added 50 channels"): only with a time, or a death
  "since you (?:left this world|passed(?: away)?|went to heaven|died|were taken)",
  "(?:years?|months?) (?:ago )?(?:today )?since you (?:left us|'?ve been gone|have been gone)",
  '(?:i|we) lost (?:my|our) (?:mum|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|granny|grandad|nan|nana|brother|sister|son|daughter|husband|wife|uncle|aunt|auntie|best friend)',
  '(?:happy )?(?:heavenly birthday|(?:birthday|anniversary|christmas|father\'?s day|mother\'?s day) in heaven)',
  '(?:heaven|god) (?:gained|got|has) (?:an(?:other)? |one more )?angel', "you(?:'?d| would) have (?:been|turned) \\d+",
  `since (?:i|we) lost (?:my |our )?${KIN}`, `since ${KIN} (?:died|passed(?: away)?|left us)`,
];
/** A loved one addressed or named… */
export const kin: string[] = [KIN];
/** …missed in one's own voice (not "we miss you", the brand's come-back line)… */
export const missing: string[] = [
  "i (?:still |really |truly )?miss you", 'miss(?:ing)? (?:you|u)', 'forever in my heart', 'always in my heart',
  'not a day goes by', 'love you (?:always|forever)', 'thinking (?:of|about) you (?:today|always|every day)',
  'wish you were (?:still )?here',
];
/** …or mourned: two of these three in one sentence read as one's own grief. */
export const loss: string[] = [
  // not "your dad will be in heaven with this BBQ set"
  'rest in peace', "(?<!(?:be|feel|are|'re|is|'s|was|were) )in heaven", '(?:watching|looking|smiling) (?:over|down on) (?:me|us)',
  'wherever you are', 'passed away', 'gone too soon', 'since you left us',
  '(?:years?|months?|christmas(?:es)?|birthdays?) without you', 'every (?:single )?day since',
];

/** An employee speaking for themselves: their manager and colleagues, their own last day. */
export const staffVoice: string[] = [
  'my (?:manager|supervisor|line manager|team lead|team leader|shift lead|shift manager|coworkers?|co-workers?|colleagues?|workmates?)',
  "(?:(?:it'?s |today is )?my )?last day as (?:an? |the |your )?(?:intern|trainee|apprentice|temp|employee|community manager|social media \\w+|\\w+ intern)",
  'last day (?:of|at) my (?:internship|placement|work experience|job)', '(?:this is|that\'?s) my last (?:tweet|post|shift)',
  'signing off for (?:good|ever|the last time)', 'working (?:here|for this company|at this place) is (?:hell|a nightmare|torture|miserable)', "i'?m (?:outta|out of) here(?: for good)?!", "i'?m done with this (?:job|place|company)",
];
/** Someone at work… */
export const workRole: string[] = [
  'boss', 'bosses', 'manager', 'management', 'supervisor', 'line manager', 'hr', 'ceo', 'owner',
];
/** …called names (also "Name is a tyrant" next to a sign-off, below). */
export const workInsult: string[] = [
  "(?:is|'s|are|was) (?:an? |such an? )?(?:total |complete |absolute |real |fucking )?(?:tyrant|slave ?driver|dictator|bully|control freak|micromanager|nightmare to work (?:for|with)|psycho|jerk|idiot|moron)s?",
  'treats? (?:us|me|staff|everyone) like (?:dirt|crap|shit|slaves|garbage|rubbish|children)', 'worst (?:boss|manager) ever',
];
/** A personal sign-off: with a name called names, the writer is leaving in their own voice. */
export const signOff: string[] = [
  'toodles', 'toodle-?oo', 'peace out', 'over and out', 'bye+', 'goodbye', 'ciao', 'adios', 'so long', 'later,? (?:losers|suckers|all)',
  "i'?m out", "i'?m outta here", 'signing off', 'xoxo',
];

/** A government, its members, its taxes… */
export const officials: string[] = [
  'government', 'govt', 'the pm', 'our (?:so-called )?leaders', 'run(?:ning)? (?:the|this) country', "gov'?t", 'the gov', 'ministers?', 'prime minister', 'president', 'chancellor', 'politicians?',
  'congress', 'congressm[ae]n', 'parliament', 'senate', 'senators?', 'mps', 'lawmakers', 'the mayor', 'city hall', 'council',
  'white house', 'downing street', 'westminster', 'taxes', 'tax (?:hikes?|rises?|increases?|grabs?|raids?)', 'vat', 'the irs', 'hmrc',
];
/** …held in contempt: the poster's own anger, never a public-information post. Not "disaster" (a
 * state of disaster is news), nor "bad" or "terrible" (the weather). */
export const contempt: string[] = [
  '(?:has|have|got) no shame', 'shameless', 'shame on', 'should be ashamed', 'disgrace(?:ful)?',
  'an? (?:absolute |total |complete |national )?embarrassment', 'disgusting', 'pathetic', '(?:is|are) a joke', 'what a joke',
  'clowns', 'liars', 'crooks', 'an? (?:liar|fraud|crook|coward)', 'thieves',
  // "is an idiot", not "don't be an idiot: claim the government's allowance"
  "(?:is|are|'s|'re) (?:an? |such an? |a bunch of )?(?:idiot|moron|imbecile)s?", 'thieving', 'corrupt', 'useless', 'incompetent', 'clueless', 'out of touch',
  '(?:robbing|ripping off|fleecing|bleeding|squeezing|screwing) (?:us|people|everyone|small businesses|the \\w+ class)(?: dry)?',
  "(?:doesn'?t|don'?t|couldn'?t|could not) (?:give a (?:damn|toss|shit|crap|fuck)|care less)", "(?:doesn'?t|don'?t) care about (?:us|people|small businesses)",
  'laughing at us', 'not (?:a|one) (?:single )?(?:measure|penny|cent|thing) for', '(?:and|but) (?:nothing|not a penny) for',
  '(?:is|are|has|have) (?:killing|destroying|ruining|ruined|destroyed|strangling) (?:small businesses|the high street|this country|the country|our \\w+|us)',
  'thanks for nothing', '(?:should|must|needs? to) resign', 'resign now', 'not my president', '#notmypresident',
];
/** Contempt said to someone's face: from a brand, a personal attack whoever it is aimed at. */
export const attack: string[] = [
  "you(?:'?re| are) (?:an? |such an? )?(?:absolute |total |complete |utter )?(?:disgrace|embarrassment|fraud|coward|liar)",
  "you(?:'?re| are) (?:absolutely |utterly |so )?(?:disgusting|pathetic|a joke)", '(?:disgusting|pathetic) excuse (?:for|of) an?',
  'you should be ashamed of yourself', 'have you no (?:shame|decency)', 'you have no (?:shame|decency)',
];

/**
 * One person's voice: the first person singular. A brand speaks as "we"; a post in "I" and "my"
 * with no "we" anywhere is most often someone on the wrong account (read with two of these).
 */
export const singularVoice: string[] = [
  // Not the numeral of "Part I", "World War I", "Henry I"; not "my, what a city".
  "(?<!(?:part|chapter|act|phase|season|volume|vol\\.|war|stage|level|book|henry|charles|elizabeth|james|george|edward|william|felipe|carlos) )i(?:'m|'ve|'ll|'d)?",
  'im', 'me', 'my(?!,)', 'mine', 'myself',
];
/** Of those, the ones a slogan in the customer's voice uses alone ("My bank, my rules"). */
export const singularPossessives: string[] = ['my(?!,)'];
/** The brand's voice: any of these in a post and the "I" is the brand's own (a host, a founder's note). */
export const pluralVoice: string[] = ["we(?:'re|'ve|'ll|'d)?", 'our', 'ours', 'us', 'ourselves', "let's"];
