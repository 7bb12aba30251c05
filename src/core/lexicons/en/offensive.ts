// English data for the `offensive` rule. Matching and obfuscation are obscenity's (its English data
// set); this file says how bad each of its words is, which ordinary words merely contain one, and
// which words obscenity lacks.

/**
 * How a word reads in a public post:
 * - slur: attacks people for who they are. Always critical.
 * - insult: calls someone a name. Always critical.
 * - rude: a milder name-calling (moron, idiota). Critical when a brand says it to someone, a warning otherwise.
 * - profanity: swearing. Critical from a brand or when addressed to someone, a warning otherwise.
 * - sexual: sexual or anatomical words. A warning (they have medical and news uses).
 * - mild: mild swearing (ass, piss). A warning from a brand or addressed to someone, info otherwise.
 * - dated: an outdated term that still appears in proper names. A warning.
 * - hint: ordinary in health and fashion posts (sex, sexy). Info only.
 */
export type Tier = 'slur' | 'insult' | 'rude' | 'profanity' | 'sexual' | 'mild' | 'dated' | 'hint';

/** The tier of each word in obscenity's English data set, by its `originalWord`. */
export const englishTiers: Record<string, Tier> = {
  // obscenity's own 'bestiality' entry also matches the ordinary "bestial"; replaced in extraEnglish.
  abo: 'slur', abeed: 'slur', africoon: 'slur', arabush: 'slur', boonga: 'slur', chingchong: 'slur',
  chink: 'slur', dyke: 'slur', fag: 'slur', kike: 'slur', nigger: 'slur', retard: 'slur',
  spastic: 'slur', tranny: 'slur',
  bitch: 'insult', cunt: 'insult', twat: 'insult', whore: 'insult', slut: 'insult', bastard: 'insult',
  cuck: 'insult', dick: 'insult', pussy: 'insult', wank: 'insult',
  fuck: 'profanity', shit: 'profanity',
  prick: 'rude', // also "prick the sausages", "a pin prick"
  anal: 'sexual', anus: 'sexual', bestiality: 'sexual', blowjob: 'sexual', buttplug: 'sexual',
  cock: 'sexual', cum: 'sexual', deepthroat: 'sexual', dildo: 'sexual', doggystyle: 'sexual',
  'double penetration': 'sexual', ejaculate: 'sexual', felch: 'sexual', fellatio: 'sexual',
  'finger bang': 'sexual', fisting: 'sexual', gangbang: 'sexual', handjob: 'sexual', hentai: 'sexual',
  hooker: 'sexual', incest: 'sexual', 'jerk off': 'sexual', jizz: 'sexual', lubejob: 'sexual',
  masturbate: 'sexual', orgasm: 'sexual', orgy: 'sexual', penis: 'sexual', porn: 'sexual',
  rape: 'sexual', scat: 'sexual', semen: 'sexual', vagina: 'sexual', boob: 'sexual', tit: 'sexual',
  ass: 'mild', arse: 'mild', bollocks: 'mild', piss: 'mild', turd: 'mild',
  negro: 'dated',
  sex: 'hint',
};

/**
 * Words obscenity's English set lacks, as obscenity patterns (`|` = word edge, `[x]` = optional).
 * Where one overlaps a word above (asshole / ass) the worse tier wins.
 */
export const extraEnglish: { word: string; patterns: string[]; tier: Tier }[] = [
  { word: 'asshole', patterns: ['|as[s]hole', '|arsehole'], tier: 'insult' },
  { word: 'dumbass', patterns: ['dumbas[s]'], tier: 'insult' },
  { word: 'jackass', patterns: ['|jackas[s]'], tier: 'insult' },
  { word: 'douchebag', patterns: ['|douchebag', '|douche|', '|douches|'], tier: 'insult' },
  { word: 'scumbag', patterns: ['|scumbag'], tier: 'insult' },
  { word: 'moron', patterns: ['|moron|', '|morons|', '|moronic|'], tier: 'rude' },
  { word: 'bestiality', patterns: ['bestialit'], tier: 'sexual' },
  // obscenity's `shit|` needs a word edge after it, which "bullshit!" lacks once "!" reads as "i".
  { word: 'bullshit', patterns: ['bul[l]shit', 'horseshit', 'chickenshit', 'dipshit', 'batshit'], tier: 'profanity' },
  { word: 'wtf', patterns: ['|wtf|'], tier: 'profanity' },
  { word: 'stfu', patterns: ['|stfu|'], tier: 'profanity' },
  { word: 'crap', patterns: ['|crap|', '|crappy|', '|craps|'], tier: 'mild' },
  { word: 'goddamn', patterns: ['|god[d]am[n]|', '|god[d]am[n]it|'], tier: 'mild' },
  // Slurs obscenity's set lacks, whole words only ("homogeneous", "Pakistan", "spicy" stay clean).
  { word: 'homo', patterns: ['|homo|', '|homos|'], tier: 'slur' },
  { word: 'faggot', patterns: ['|faggot'], tier: 'slur' },
  { word: 'poof', patterns: ['|poof|', '|poofs|', '|poofter', '|poofta'], tier: 'slur' },
  { word: 'spic', patterns: ['|spic|', '|spics|'], tier: 'slur' },
  { word: 'wetback', patterns: ['|wetback'], tier: 'slur' },
  { word: 'gook', patterns: ['|gook|', '|gooks|'], tier: 'slur' },
  { word: 'paki', patterns: ['|paki|', '|pakis|'], tier: 'slur' },
  { word: 'raghead', patterns: ['|raghead', '|towelhead'], tier: 'slur' },
  { word: 'beaner', patterns: ['|beaner|', '|beaners|'], tier: 'slur' },
  { word: 'tard', patterns: ['|tard|', '|tards|'], tier: 'slur' },
];

/**
 * Swearing masked with symbols that obscenity's one-character wildcard misses ("f**k", "f*ing",
 * "s**t", "a**hole"): a first letter, one to four of * # $ %, and the rest of a known word.
 */
export const maskedSwearing: { pattern: string; tier: Tier }[] = [
  { pattern: 'f[*#$%]{1,4}(?:ck|k|cking|cked|cker|king|kin|ing|in|ed|er|ers|cks|ks)', tier: 'profanity' },
  { pattern: 'sh?[*#$%]{1,3}(?:t|it|tty|itty|ts)', tier: 'profanity' },
  { pattern: 'b[*#$%]{1,3}(?:tch|ch|tches|itch)', tier: 'insult' },
  { pattern: 'c[*#$%]{1,3}(?:nt|t|nts)', tier: 'insult' },
  { pattern: 'a[*#$%]{1,3}(?:hole|holes|ss)', tier: 'insult' },
  { pattern: 'd[*#$%]{1,3}(?:ck|k|ckhead)', tier: 'insult' },
  { pattern: 'p[*#$%]{1,3}(?:ta|to|tas|tos)', tier: 'insult' },
  { pattern: 'm[*#$%]{1,3}(?:erda|rda)', tier: 'profanity' },
  { pattern: 'j[*#$%]{1,3}(?:der|dido|dida)', tier: 'profanity' },
];

/**
 * Ordinary words and place names that contain a vulgar string (the Scunthorpe problem). A match that
 * falls inside one of these fragments is dropped. Found by running the matcher over English word
 * lists (wamerican, wbritish) and UK/US place names, then keeping the innocent ones.
 */
export const benignFragments: string[] = [
  // homo: the genus, and a title
  'homo-', 'homo sapiens', 'homo erectus', 'homo habilis', 'homo neanderthalensis', 'homo ludens', 'homo faber', 'homo economicus', 'ecce homo',
  // spic / poof: a cleaning brand and a sound
  'spic and span', 'spic & span', 'poof!', 'and poof', 'then poof',
  // anal / anus
  'analects', 'analgesi', 'analcite', 'analecta', 'analemma', 'analeptic', 'analphabet', 'annal',
  'artisanal', 'membranal', 'psychoanal', 'tetanal', 'gondwanaland', 'bechuanaland', 'canal', 'banal',
  'coriolanus', 'eridanus', 'oceanus', 'dardanus', 'regiomontanus', 'rhodanus', 'silvanus', 'sylvanus',
  'pandanus', 'uranus', 'janus', 'manus',
  // ass
  'assort', 'assyri', 'assn', 'asst', 'assr', 'asshur', 'assegai', 'assonan', 'assonat', 'assam',
  'assad', 'assange',
  // dick
  'chappaquiddick', 'dickerson', 'dickinson', 'dickson', 'dicker', 'dickey', 'dickie', 'dickies',
  'dicky', 'dickybird', 'medick', 'dickens', 'benedick',
  // cum
  'cummings', 'cumin', 'cummerbund', 'cumming', 'cumquat', 'cumae', 'cuman', 'cumshaw', 'cumnock',
  'cumbernauld', 'cum laude', 'summa cum', 'magna cum', 'cumulat', 'cumbia', 'cumberland', 'cumbria',
  // fag (also British for a cigarette: "fag end", "fag break")
  'fagin', 'fagaceous', 'fagot', 'fagus', 'fag end', 'fag-end', 'fag break',
  // fuck (f?ck, |fuk)
  'fukuoka', 'fukuyama', 'fukushima', 'fukui', 'fukien', 'feck', 'maffick', 'traffick', 'narcotraffick',
  'kung fu', 'kung-fu',
  // negro
  'negroni', 'montenegro',
  // piss
  'pissaro', 'pissarro', 'pissoir', 'pissaladi',
  // dyke (also an embankment: Offa's Dyke), wank
  'vandyke', 'van dyke', "offa's dyke", 'offas dyke', "devil's dyke", 'devils dyke', 'dyke path', 'wankel', 'wankdorf',
  // bitch
  'nebbich',
  // boob
  'booby prize', 'booby trap', 'booby-trap', 'booboo',
  // shit
  'shiitake', 'shiite', 'shiism', 'mishit', 'shitake',
  // chink
  'chinkiang', 'chinkapin',
  // cock
  'cockpit', 'cockscomb', 'cocksure', 'cockshy', 'cockshies', 'cockspur', 'cockswain', 'cockney',
  'cockatoo', 'cockatiel', 'cockerel', 'cockerspaniel', 'cocker spaniel', 'cockle', 'cockroach', 'cocktail',
  'cockburn', 'cockermouth', 'peacock', 'hancock', 'woodcock', 'shuttlecock', 'weathercock', 'stopcock',
  // cuck
  'cuckoo',
  // prick (cooking and sewing)
  'prick the', 'prick them', 'prick it', 'prick all', 'prick each', 'prick with', 'pin prick', 'pinprick', 'prick of',
  // niggard, Trengganu
  'niggard', 'trengganu', 'snigger',
  // orgasm (gasmen), orgy (porgies)
  'gasmen', 'porgies', 'porgy',
  // penis
  'penistone', 'pennis', 'pen is', 'happiness',
  // pussy
  'pussycat', 'pussyfoot', 'pussy willow',
  // rape
  'rapeseed', 'rappee', 'rappel', 'rappen', 'rapped', 'rapper', 'grape', 'drape', 'scrape',
  // retard
  'retardant', 'retarder',
  // scat
  'scat sing', 'scatter',
  // tit
  'titbit', 'titmouse', 'titlark', 'tit willow', 'tit for tat', 'blue tit', 'great tit', 'coal tit',
  // turd
  'turdine', 'turducken',
  // vagina
  'evaginat', 'invaginat',
  // sex
  'sextant', 'sexton', 'sussex', 'essex', 'middlesex', 'wessex',
  // whore
  "who're",
];

/**
 * Words that are also everyday names. Written in Title case they are read as a name ("Dick's
 * Sporting Goods", "Moby Dick", "John Lee Hooker") and left alone.
 */
export const nameLike: string[] = ['dick', 'dicks', "dick's", 'hooker', 'hookers', 'fanny', 'willy', 'johnson'];

/**
 * How English place names end. A capitalised word that holds a vulgar string and ends so is a place
 * (Bitchfield, Penistone, Shitterton, Cockermouth, Scunthorpe), whatever the list of places knows.
 */
export const placeNameEndings: string[] = [
  'field', 'ton', 'thorpe', 'ham', 'by', 'ford', 'wick', 'worth', 'bury', 'borough', 'burgh', 'stead',
  'ley', 'don', 'hurst', 'mouth', 'port', 'well', 'wood', 'stone', 'bridge', 'minster', 'chester',
  'caster', 'cester', 'shire', 'dale', 'combe', 'holme', 'thwaite', 'wich', 'sey', 'cot', 'cott',
  'ington', 'ingham', 'avon', 'water', 'marsh', 'moor', 'mere', 'brook',
];
/** Slang that ends like a place and is none: "a shitton of orders". */
export const slangMeasures: string[] = ['shitton', 'shittons', 'fuckton', 'fucktons', 'shitwater'];

/**
 * Hate groups by name or initials, read by `offensive` apart from the swearing above (obscenity
 * collapses "kkk" to "k"). Named in history or news they are no offence ("the KKK's terror in the
 * 1960s"), so each counts only when played with: a playful word right beside it ("KKK Wednesday",
 * "Klan party", "KKK costume", `hatePlay`) or, for a name spelled out, a laugh or a party emoji in
 * its sentence. An entry written in capitals must be written so in the draft ("kkk" is laughter in
 * Portuguese chat). The SS is left out: "SS" is too many other things.
 */
export const hateGroups: string[] = [
  'KKK', 'ku ?klux ?klan', 'klans(?:man|men|woman|women)', 'klan', 'aryan (?:nations|brotherhood)', 'hitler youth', 'waffen-ss',
];
/** Words that make a hate group's name a brand's game when right beside it (no punctuation between). */
export const hatePlay: string[] = [
  '(?:mon|tues|wednes|thurs|fri|satur|sun)days?', 'weekends?', 'club', 'klub', 'party', 'parties', 'night', 'special', 'specials', 'deals?', 'sale',
  'discount', 'offer', 'kids', 'krew', 'crew', 'squad', 'gang', 'costumes?', 'outfits?', 'merch', 'menu', 'combo', 'meal', 'burgers?', 'donuts?',
  'doughnuts?', 'shakes?', 'flavou?rs?', 'vibes', 'fun', 'themed?', 'edition', 'promo', 'happy hour', 'brunch', 'challenge', 'giveaway', 'contest',
];
/**
 * Three capitalised words starting with K spell "KKK" ("Krispy Kreme Klub", "Kool Kids Klub"). Only
 * when one of them is an English word respelled with a K, as a brand does to make the run ("Klub",
 * "Kaffee", "Kunst" are German words: "Kölner Kunst Klub" is clean), and the run ends on such a word
 * or on a name for a group or a place (`kGroup`): "Krispy Kreme Kensington" is a shop's address.
 */
export const kForC: string[] = [
  'krispy', 'kreme', 'kream', 'kool', 'krew', 'krazy', 'kountry', 'korner', 'kandy', 'klassic', 'kollection', 'kustom', 'kustomer', 'kutie', 'kuties',
  'kookie', 'kookies', 'komedy', 'kampus', 'kollege', 'kulture', 'kuisine', 'kakes', 'kupcakes', 'kozy', 'kountdown', 'karnival', 'krunch', 'krunchy',
  'kwik', 'kwality', 'kidz', 'kween', 'krafty', 'kreative', 'kreations', 'kollab', 'kombo', 'klever', 'kute', 'kash', 'kards',
];
export const kGroup: string[] = ['klub', 'kafe', 'kafé', 'kamp', 'klan'];
export const kRun: string[] = ['k\\p{L}+(?: |-)k\\p{L}+(?: |-)k\\p{L}+'];

/**
 * Sexual objectification offered as a promotion: women as a prize or a game for a reward ("a reward
 * for girls who get pregnant by the stars", "the shorter the skirt, the bigger the discount", "hottest
 * girl wins"). Each counts beside a reward (`reward`, within 200 characters); a pregnancy brand's "for
 * women who get pregnant after 35" names no man and offers no prize.
 */
export const objectification: string[] = [
  "(?:girls?|women|woman|ladies|lady|chicks|babes|females|wives|girlfriends) (?:who|that) (?:get|gets|got|become|becomes|end up|manage to get) (?:pregnant|knocked up) by (?:a |an |the |one of (?:the|our|their) |our |any |their )?(?:\\p{L}+ ){0,3}?(?:players?|footballers?|stars?|athletes?|celebrit(?:y|ies)|rappers?|strikers?|quarterbacks?|champions?|team|squad|guys|men)",
  "(?:get|getting|gets|got) (?:pregnant|knocked up) by (?:a |an |the |one of (?:the|our|their) |our |any )?(?:\\p{L}+ ){0,3}?(?:players?|footballers?|stars?|athletes?|celebrit(?:y|ies)|rappers?|strikers?|quarterbacks?|champions?)",
  '(?:sleep|sleeps|slept|hook up|hooks up|hooked up) with (?:a |an |the |one of (?:the|our) |our |any )?(?:\\p{L}+ ){0,2}?(?:players?|footballers?|athletes?|strikers?|quarterbacks?)',
  '(?:send|post|dm|tweet) (?:us |me )?(?:your |a |some )?(?:topless|nude|naked|boob|tit|cleavage) (?:pics?|photos?|selfies?|shots?)',
  '(?:show|flash) (?:us |me |the (?:bartender|barman|barmen|staff|bouncers?|dj) )?(?:your |them |those )?(?:boobs|tits|breasts|cleavage)',
  '(?:the )?(?:hottest|sexiest|prettiest|best-looking|bustiest) (?:girl|woman|lady|chick|wife|girlfriend|waitress|mum|mom)s? (?:wins?|gets?)',
  '(?:the )?(?:shorter|tighter|smaller|skimpier) (?:the |your )?(?:skirt|dress|top|bikini|shorts|outfit),? (?:the )?(?:bigger|better|bigger the|more|cheaper|larger)',
];
/** A reward: with `objectification` it makes women the prize of a promotion. */
export const reward: string[] = [
  'rewards?', 'rewarded', 'prizes?', 'win', 'wins', 'winner', 'free', 'lifetime supply', 'supply of', 'vouchers?', 'gift cards?', 'cash', '[$€£]\\s?\\d+',
  '\\d+ (?:million|thousand|dollars|euros|pounds|roubles|rubles)', 'million', 'discount', '\\d+\\s?% off', 'on the house', 'on us', 'giveaway', 'contest', 'competition',
];
