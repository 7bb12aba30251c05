// Date words in English. Data for the `date` rule. Patterns are regex sources, matched as whole words
// in any case.

/** Month and weekday names as people write them: a cheap test for "could this text hold a date". */
export const monthWords: string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
export const weekdayWords: string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];
export const weekdayNames: string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const monthNames: string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Words that put a date in the future or the present: an event, a deadline, an offer. */
export const upcomingCues: string[] = [
  'ends?', 'ending', 'until', 'till', 'through', 'thru', '(?:book|order|apply|register|buy|enter|reply|respond) by', 'before', 'deadline', 'last chance', 'last day', 'last call',
  "don[’']?t miss", 'join us', 'join our', 'see you', 'opens?', 'opening', 'launch(?:es)?', 'launching', 'starts?', 'starting',
  'begins?', 'kicks? off', 'on sale', 'valid', 'book by', 'book now', 'register', 'sign up', 'save the date', 'coming',
  'will', '[’\']ll', 'happening', 'tickets?', 'live on', 'expires?', 'hurry', 'only until', 'is on', 'are on', 'goes live',
  'we[’\']re open', 'we are open', 'closes?', 'closing', 'available', 'runs?', 'running', 'takes place', 'happens',
  'get ready', 'countdown', 'reminder', 'tomorrow', 'tonight', 'this (?:weekend|week)', 'next (?:week|month)',
];

/** Words that make a sentence about the past: "was founded on", "since", "last year". */
export const pastCues: string[] = [
  'was', 'were', 'had', 'did', 'founded', 'opened', 'launched', 'ended', 'happened', 'took place', 'celebrated', 'held',
  'ago', 'since', 'thanks? (?:to )?(?:you|everyone|all)', 'thank you', 'what a', 'throwback', '#tbt', '#throwbackthursday',
  'recap', 'last (?:year|month|week)', 'anniversary', 'born', 'passed away', 'died', 'in memory', 'remember(?:ing)?',
  'back (?:on|in)', 'closed', 'finished', 'completed', 'started', 'began', 'joined', 'announced', 'released',
];

/** Greetings that name today's weekday: "Happy Friday!", "It's Monday". The weekday follows. */
export const todayGreetings: string[] = ['happy', 'today is', 'it[’\']s', 'it is', 'finally', 'tgi', 'thank god it[’\']s'];
