// Demeaning or stereotyping wording about gender, race, disability, age and body, with a suggested
// alternative, in the spirit of retext-equality's data files (phrase → suggestion) but compact
// enough to run on every draft. Read by `inclusive-language` as whole-word, case-insensitive patterns
// (regex syntax allowed). `warning` entries demean people; `info` ones are milder habits worth a hint.
// Slurs are the `offensive` rule's (retard, spastic, tranny…) and are not repeated here; the few its
// data set lacks (lezzie, lesbo) are here, as warnings.

export interface Entry {
  match: string[];
  suggest: string;
  severity: 'warning' | 'info';
  /** What the wording does, for the message. */
  why: 'gender' | 'race' | 'disability' | 'age' | 'body' | 'orientation';
  /** Counts only in a text that is hiring (a hiring cue near it): "digital natives" in an article about
   * teenagers is a description, in a job ad a way to turn older people away. */
  when?: 'hiring';
}

export const entries: Entry[] = [
  // gender
  { match: ['man up', 'grow a pair'], suggest: 'be brave', severity: 'warning', why: 'gender' },
  { match: ['like a girl', 'throws? like a girl', 'runs? like a girl'], suggest: 'badly (or just say what you mean)', severity: 'warning', why: 'gender' },
  { match: ['(?:women|woman|girls?) belongs? in the kitchen', 'get back (?:in|to) the kitchen', 'make me a sandwich', 'think like a man', 'act like a lady'], suggest: 'say what you mean without a gender role', severity: 'warning', why: 'gender' },
  { match: ['boys will be boys'], suggest: 'say what happened', severity: 'warning', why: 'gender' },
  { match: ['(?:hysterical|emotional|bossy|shrill) (?:women|woman|girls?|wife|wives)', 'women drivers?'], suggest: 'describe the behaviour, not the gender', severity: 'warning', why: 'gender' },
  { match: ['hey guys', 'hi guys', 'you guys'], suggest: 'everyone, folks or all', severity: 'info', why: 'gender' },
  { match: ['manpower'], suggest: 'workforce or staff', severity: 'info', why: 'gender' },
  { match: ['mankind'], suggest: 'humankind or people', severity: 'info', why: 'gender' },
  { match: ['man[- ]hours?'], suggest: 'work hours', severity: 'info', why: 'gender' },
  { match: ['chairman', 'chairmen'], suggest: 'chair or chairperson', severity: 'info', why: 'gender' },
  { match: ['(?:air )?stewardess(?:es)?', 'air hostess(?:es)?'], suggest: 'flight attendant or cabin crew', severity: 'info', why: 'gender' },
  { match: ['fireman', 'firemen'], suggest: 'firefighter', severity: 'info', why: 'gender' },
  { match: ['policeman', 'policemen'], suggest: 'police officer', severity: 'info', why: 'gender' },
  { match: ['salesman', 'salesmen'], suggest: 'salesperson', severity: 'info', why: 'gender' },
  { match: ['cleaning lady', 'cleaning ladies'], suggest: 'cleaner', severity: 'info', why: 'gender' },
  // orientation and gender identity
  { match: ['transgendered', 'a transgender'], suggest: 'transgender (as an adjective: a transgender woman)', severity: 'warning', why: 'orientation' },
  { match: ['sex change', 'sex-change'], suggest: 'transition', severity: 'warning', why: 'orientation' },
  { match: ['shemales?', 'he-shes?'], suggest: 'trans woman', severity: 'warning', why: 'orientation' },
  { match: ['homosexuals', 'the homosexual lifestyle', 'sexual preference'], suggest: 'gay people; sexual orientation', severity: 'info', why: 'orientation' },
  { match: ["that'?s so gay", 'no homo'], suggest: 'say what you mean', severity: 'warning', why: 'orientation' },
  // Slurs for lesbians that the `offensive` rule's lists lack ("homo", "poofter" are there, critical).
  { match: ['lezz(?:ie|y|ies)', 'lesbo'], suggest: 'gay, lesbian (or leave it out)', severity: 'warning', why: 'orientation' },
  // race and origin
  { match: ['illegal aliens?', 'illegals', 'illegal immigrants?'], suggest: 'undocumented immigrants', severity: 'warning', why: 'race' },
  { match: ['orientals', 'oriental (?:people|man|men|woman|women|girls?|guys?)'], suggest: 'Asian (or the specific nationality)', severity: 'warning', why: 'race' },
  { match: ['gypsies', 'gypped', 'gyp'], suggest: 'Roma; cheated', severity: 'warning', why: 'race' },
  { match: ['coloured people', 'colored people', 'half[- ]caste'], suggest: 'people of colour; mixed race', severity: 'warning', why: 'race' },
  // Skin colour as worth: lighter is purer or prettier, darker dirtier, whitening as a virtue. Not white
  // wine, white chocolate, "Pure White" trainers, whiter teeth or whiter whites.
  {
    match: [
      'white (?:is|=|means|stands for|equals) (?:purity|beauty|beautiful|perfection|superior(?:ity)?)',
      '(?:fair|fairer|light|lighter|pale|paler|white|whiter) skin (?:is|=|means|equals|looks) (?:\\w+ ){0,2}(?:beaut\\w*|pur(?:e|ity)|better|prettier|perfect\\w*|superior|attractive|desirable|classy|elegant)',
      '(?:fair|fairer) (?:is|=) (?:\\w+ )?(?:beautiful|beauty|better|prettier|lovely)',
      '(?:dark|darker|black|brown) skin (?:is|=|means|looks) (?:\\w+ )?(?:dirty|ugly|unattractive|unclean|inferior|dull|a problem)',
      '(?:fairer|whiter)(?:,| and)? (?:brighter|lighter|radiant) (?:skin|complexion|you)',
      '(?:fair|fairer|white|whiter|lighter|paler) skin,? (?:an? )?(?:brighter|better|happier) (?:future|life|you|prospects)',
      'fair (?:and|&) lovely', 'be fair,? be (?:lovely|beautiful|confident)', 'skin so (?:fair|white|pale) (?:it|that|you)', 'skin[- ]whitening', 'whiten(?:s|ing)? (?:your |the |her |their )?skin', 'lighten(?:s|ing)? (?:your |the |her |their )?skin(?: tone)?',
      '(?:fairness|whitening) (?:cream|lotion|soap|serum|pills?|body wash)', '(?:get|become|look|be) (?:fairer|whiter)(?! (?:teeth|smile|whites|shirts|sheets|clothes|laundry|linen))',
    ],
    suggest: 'say what the product does without ranking skin colours',
    severity: 'warning',
    why: 'race',
  },
  // Idioms that make a people stand for cheating, chaos or stinginess.
  { match: ['indian givers?', 'jew(?:ed|ing)? (?:him |her |them |me |you |us )?down', 'chinese fire drill', 'ching chong', 'like (?:a |some )?gyps(?:y|ies)', 'gypsy (?:scams?|thie(?:f|ves)|tricks?)', 'too many chiefs,? not enough indians'], suggest: 'say what you mean without a people (cheat, haggle, chaos)', severity: 'warning', why: 'race' },
  { match: ['eskimos?'], suggest: 'Inuit (or the specific people)', severity: 'info', why: 'race' },
  { match: ['spirit animal'], suggest: 'favourite or role model', severity: 'info', why: 'race' },
  { match: ['pow[- ]?wow'], suggest: 'meeting or chat', severity: 'info', why: 'race' },
  { match: ['third[- ]world countr(?:y|ies)'], suggest: 'lower-income countries', severity: 'info', why: 'race' },
  { match: ['ghetto'], suggest: 'say what you mean (run-down, makeshift)', severity: 'info', why: 'race' },
  { match: ['blacklist(?:ed|s)?', 'whitelist(?:ed|s)?'], suggest: 'blocklist; allowlist', severity: 'info', why: 'race' },
  // disability
  { match: ['wheelchair[- ]bound', 'confined to a wheelchair'], suggest: 'wheelchair user', severity: 'warning', why: 'disability' },
  { match: ['(?:suffers|suffering|suffered) from (?:autism|epilepsy|down syndrome|cerebral palsy|dyslexia|adhd|a disability|blindness|deafness|dementia)', 'victims? of (?:autism|polio|cerebral palsy)', 'afflicted with'], suggest: 'has, or lives with', severity: 'warning', why: 'disability' },
  { match: ['handicapped', 'the handicapped'], suggest: 'disabled, or people with disabilities', severity: 'warning', why: 'disability' },
  { match: ['cripples?', 'crippled'], suggest: 'disabled, or say what broke down', severity: 'warning', why: 'disability' },
  { match: ['midgets?'], suggest: 'little person, or person of short stature', severity: 'warning', why: 'disability' },
  { match: ['deaf and dumb', 'deaf-mute', 'deaf mute'], suggest: 'deaf', severity: 'warning', why: 'disability' },
  { match: ['mentally retarded', 'mongoloids?', 'spaz', 'schizos?', 'nutjobs?'], suggest: 'say what you mean without a label for mental illness', severity: 'warning', why: 'disability' },
  { match: ['psychos?', 'lunatics?', 'loony'], suggest: 'say what you mean without a label for mental illness', severity: 'info', why: 'disability' },
  { match: ['the disabled', 'the blind', 'the deaf'], suggest: 'disabled people; blind people; deaf people', severity: 'info', why: 'disability' },
  { match: ['normal people'], suggest: 'non-disabled people, or say who you mean', severity: 'info', why: 'disability' },
  { match: ['(?:so|a bit|little|totally) (?:ocd|bipolar|schizophrenic|autistic)', "i'?m so ocd"], suggest: 'particular, changeable, or say what you mean', severity: 'info', why: 'disability' },
  { match: ['(?:you|they|he|she)(?:\'re| are| is)(?: so| totally| completely)? (?:crazy|insane|mental|nuts|retarded|lame)', '(?:crazy|insane|mental) (?:people|person|customers?|guy|woman|lady)', '(?:customers?|passengers?|people|person|guy|woman|man|lady|user) (?:is|are|was|were)(?: so| totally| completely| just)? (?:crazy|insane|nuts|mental)', 'went (?:crazy|insane|mental)'], suggest: 'unreasonable, upset, or say what you mean', severity: 'info', why: 'disability' },
  { match: ['lame', 'dumb'], suggest: 'boring; silly', severity: 'info', why: 'disability' },
  { match: ['turn(?:ed|s|ing)? a blind eye', 'fell on deaf ears', 'blind spot'], suggest: 'ignore; was ignored; gap', severity: 'info', why: 'disability' },
  // age
  { match: ['old people', 'old folks', 'old farts?', 'oldies', 'geezers?', 'old biddies'], suggest: 'older people', severity: 'warning', why: 'age' },
  { match: ['senile'], suggest: 'forgetful', severity: 'warning', why: 'age' },
  { match: ['senior moment'], suggest: 'a lapse', severity: 'info', why: 'age' },
  { match: ['ok boomer'], suggest: 'say what you disagree with', severity: 'warning', why: 'age' },
  { match: ['the elderly', 'elderly people', 'pensioners'], suggest: 'older people or older adults', severity: 'info', why: 'age' },
  // Age in a job ad: asking for youth, or an age limit, turns older candidates away and breaks
  // employment law. Only in a text that is hiring; not "a young and dynamic team" (the team, not the
  // candidate: the rule skips wording next to a team noun).
  { match: ['digital natives?'], suggest: 'confident with digital tools', severity: 'warning', why: 'age', when: 'hiring' },
  {
    match: [
      'young,? (?:and )?(?:energetic|dynamic|vibrant|enthusiastic|fresh|ambitious|hungry|motivated)', '(?:energetic|dynamic|vibrant|enthusiastic|fresh)(?:,| and) young',
      'young (?:candidates?|applicants?|blood|people only|graduates?|professionals?|person)', '(?:recent|fresh|new) graduates? only', 'only (?:recent|fresh|new) graduates',
      '(?:looking for|seeking|wanted:?) (?:a |an |some )?young',
    ],
    suggest: 'energetic, motivated (say what the job needs, not an age)',
    severity: 'warning',
    why: 'age',
    when: 'hiring',
  },
  {
    match: [
      '(?:aged|ages) (?:between )?\\d\\d ?(?:-|–|to|and) ?(?:2[5-9]|[3-6]\\d)', 'under[- ](?:2[5-9]|[34]\\d)s only',
      '(?:between )?\\d\\d ?(?:-|–|to|and) ?(?:2[5-9]|[3-6]\\d) years? old',
      '(?:candidates?|applicants?|people|someone|you must be|must be)(?: aged)? under (?:the age of )?(?:2[5-9]|[34]\\d)',
      'no (?:one )?older than (?:2[5-9]|[34]\\d)', 'max(?:imum|\\.)? age(?: of| limit)?:? \\d\\d', 'age limit:? \\d\\d',
    ],
    suggest: 'no age limit: say what the job needs',
    severity: 'warning',
    why: 'age',
    when: 'hiring',
  },
  // body
  { match: ['fatties', 'fatso', 'fat people', 'lardass', 'whale of a woman'], suggest: 'people (describe size only when it matters: larger people)', severity: 'warning', why: 'body' },
  // Mocking the bigger person in the group, the classic swimwear and diet ad ("don't be the fat friend").
  { match: ['(?:be|being|look like|feel like) the fat (?:one|friend|girl|guy|kid)', 'the fat (?:friend|girl|guy|kid) (?:on|at|of|in) the \\w+', 'fat chicks?', 'thunder thighs', 'bingo wings', 'cankles'], suggest: 'describe the product, not bodies', severity: 'warning', why: 'body' },
  { match: ['beach body ready', 'bikini body', 'summer body'], suggest: 'ready for the beach', severity: 'info', why: 'body' },
  { match: ['hides? (?:your |those |the )?(?:flab|tummy|belly|love handles|muffin top|extra (?:pounds|kilos))', '(?:those |the )?extra pounds'], suggest: 'say what the product does, without a body to hide', severity: 'info', why: 'body' },
  { match: ['anti[- ]ageing', 'anti[- ]aging'], suggest: 'age-defying, or say what it does', severity: 'info', why: 'age' },
];

/** What makes a text a job ad, for the entries that count only there. */
export const hiringCues: string[] = [
  "we'?re hiring", 'we are hiring', 'now hiring', 'hiring', 'recruiting', 'job (?:openings?|offers?|ads?|opportunit(?:y|ies)|vacanc(?:y|ies)|posts?)', 'vacanc(?:y|ies)',
  'open (?:roles?|positions?)', 'apply (?:now|today|here|at|via|by|online|through|for)', 'applications? (?:close|are open|open)', 'candidates?', 'applicants?',
  'join (?:our|the) (?:\\p{L}+ ){0,2}team', 'careers?', 'send (?:us )?your (?:cv|resume|résumé)', 'cvs?', 'salary', 'full[- ]time', 'part[- ]time', 'internships?',
  '(?:the|this|a|new) (?:\\p{L}+ )?(?:role|position)',
];
/** Schemes open by law to an age group, and volunteering: an age there is a condition of the scheme, not
 * a job's. */
export const youthSchemes: string[] = [
  'youth (?:guarantee|scheme|programme|program|employment|jobs? scheme|exchanges?)', 'kickstart', 'apprenticeships?', 'erasmus', 'european solidarity corps',
  'volunteers?', 'volunteering',
];
/** Nouns that make youth a description of the team or the place ("a young and dynamic team"). */
export const teamNouns: string[] = ['team', 'teams', 'company', 'environment', 'office', 'culture', 'startup', 'brand', 'workplace', 'atmosphere', 'crew'];
