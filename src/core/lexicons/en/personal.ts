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
];

/** "my …" + a person or thing of one's private life. */
export const myPrivate: string[] = [
  'my (?:landlord|landlady|rent|flat|flatmate|roommate|housemate|apartment|boyfriend|girlfriend|bf|gf|husband|wife|hubby|wifey|fianc[eé]e?|ex|mum|mom|mommy|mother|dad|daddy|father|parents|in-laws|kids|son|daughter|baby|babies|sister|brother|family|grandma|grandpa|nan|therapist|diet|period|birthday|wedding|salary|paycheck|payslip|boss|commute|cat|dog|crush)',
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
