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
  "i (?:hate|can'?t stand) (?:my|this) job", 'this job sucks', 'my job sucks', "(?:we'?re|i'?m) (?:all )?being (?:fired|laid off|made redundant)",
  "can'?t wait to (?:get off work|leave work|go home and)",
  // one's own bad day, one's own big news
  "i'?m (?:so )?(?:stuck|exhausted|knackered|wrecked|hungover|sick of|fed up|over it|bored out of my mind)",
  '(?:ugh|omg|argh),? (?:my|i)', 'my (?:flight|train|bus) (?:got|was|is) (?:cancelled|canceled|delayed)',
  'just got engaged', 'i said yes', "i'?m engaged", "i'?m pregnant", "(?:i'?m|we'?re) expecting (?:a baby|our first|twins)",
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
];

/** A first-person opinion… */
export const opinion: string[] = [
  "i (?:really |honestly |personally )?(?:think|believe|feel|hate|despise|can'?t stand|support|voted(?: for)?|will vote|am voting)",
  "i'?m voting", "i'?ll vote", 'anyone who votes? for', 'if you vote(?:d)? for', 'in my (?:humble |honest )?opinion', 'imo', 'imho', 'personally,? i', 'my vote',
];
/** …about politics: together they read as a personal political opinion. */
export const politics: string[] = [
  'president', 'prime minister', 'government', 'congress', 'parliament', 'senate', 'senator', 'election',
  'elections', 'ballot', 'democrats?', 'republicans?', 'gop', 'liberals?', 'conservatives?', 'labour',
  'tories', 'tory', 'left[- ]wing', 'right[- ]wing', 'leftists?', 'socialists?', 'communists?', 'fascists?',
  // Not "woke" (I woke up early).
  'trump', 'biden', 'obama', 'brexit', 'maga', 'immigrants?', 'abortion', 'gun control',
];
