// Tragedies, disasters, wars, attacks, deaths, political fights and memorial days: subjects that a
// brand may speak about with care, but never next to a pitch or a joke. Read by `sensitive-event`
// as whole-word, case-insensitive patterns (regex syntax allowed).

/** Disasters, attacks, wars and deaths. */
export const tragedy: string[] = [
  // disasters
  'earthquakes?', 'quake', 'tsunami', 'hurricanes?', 'typhoon', 'cyclone', 'tornado(?:es)?',
  // Not "a flood of orders", "floods of birthday wishes".
  'floods?(?! of)', 'flooding', 'flash floods?', 'wildfires?', 'bushfires?', 'forest fires?', 'landslide', 'avalanche',
  'eruption', 'drought', 'famine', 'natural disasters?', 'disaster (?:zone|area|relief|victims)', 'catastrophe', 'devastation',
  'devastating', 'tragedy', 'tragic', 'state of emergency', 'superstorm', 'tropical storm', 'storm surge', 'mudslides?',
  'evacuation orders?', 'evacuees', 'lost their homes', 'left homeless',
  // People hit by an event named only by its hashtag or a bare word ("All impacted by #Sandy, stay
  // safe!"): a hashtag after "affected by" names a storm, a fire or an attack; "affected by the
  // outage" does not, and a brand may offer those customers a discount.
  '(?:all|everyone|everybody|anyone|those|people|families|communities|friends|neighbou?rs|residents)(?: who (?:are|were|have been|has been))? (?:impacted|affected|hit|devastated) by (?:#[\\p{L}\\p{N}_]+|the (?:storms?|fires?|blasts?|attacks?))',
  'in the path of (?:#[\\p{L}\\p{N}_]+|the storm|the fires?)',
  // attacks and violence
  'mass shooting', 'school shooting', 'shooting victims', 'gunman', 'gunmen', 'terror attack',
  'terrorist attack', 'terrorists?', 'terrorism', 'bombing', 'bomb attack', 'massacre', 'genocide',
  'hostages?', 'stabbing', 'murdered', 'killings?', 'plane crash', 'train crash', 'crash victims',
  // war
  'war in (?:ukraine|syria|gaza|israel|iraq|afghanistan|yemen|sudan|lebanon|europe|the middle east)',
  'world war', 'civil war', 'at war', 'war[- ]torn', 'war\\s?zone', 'invasion', 'invaded', 'airstrikes?', 'air raids?',
  'missile strikes?', 'shelling', 'enemy troops', 'troops (?:have |had )?(?:invaded|entered|crossed|advanced|opened fire|killed)', 'ceasefire', 'refugees?', 'casualties',
  // death and mourning
  'rest in peace', 'passed away', 'died', 'deaths', 'death of', 'death toll', 'killed in', 'were killed',
  'was killed', 'dead and', 'people dead', 'confirmed dead',
  'lost (?:his|her|their) lives', 'lost (?:his|her|their) life', 'loss of life', 'victims', 'victims? of', 'mourn',
  'mourning', 'condolences', 'thoughts and prayers', 'our thoughts are with', 'our hearts go out',
  'in memory of', 'in loving memory', 'funeral',
  // A tribute to the dead ("in honor of the victims"), not to a holiday ("in honor of Mother's Day").
  'in honou?r of (?:the |all )?(?:victims|fallen|lives lost|those (?:we )?lost|those who (?:died|lost their lives)|first responders)',
  // political fights
  'election fraud', 'impeachment', 'riots?', 'rioting', 'protesters', 'unrest', 'uprising', 'in uproar', 'coup', 'police brutality', 'black lives matter',
  'abortion', 'gun control', 'gun violence', 'border wall',
  'deportations?',
];

/**
 * Entries of `tragedy` that everyday talk uses too ("the tragedy of Mondays", "refugees from the
 * office"): paired only with a pitch in the same sentence, never with a joke.
 */
export const everydayTragedy: string[] = [
  'died', 'deaths', 'victims', 'victims? of', 'mourn', 'funeral', 'riots?', 'rioting', 'unrest', 'coup', 'invasion', 'invaded',
  'hostages?', 'casualties', 'tragedy', 'tragic', 'devastating', 'devastation', 'catastrophe', 'refugees?',
];

/** Death words also said of a phone or of oneself: next to a laugh in the same sentence they are no death. */
export const figurativeDeath: string[] = ['died', 'RIP', 'rest in peace'];

/** Giving to a cause: a "don't forget" or "our app" next to these asks for help, it does not sell. */
export const charity: string[] = [
  'donate', 'donating', 'donations?', 'relief', 'fundrais(?:er|ing)', 'charity', 'proceeds', 'volunteer', 'volunteers', 'appeal',
];

/**
 * Hashtags that belong to a cause or a tragedy: next to a pitch they count as a tragedy, and a brand
 * using one without a word of support or sympathy is hijacking it (#WhyIStayed, "You had pizza").
 */
export const causeHashtags: string[] = [
  '#prayfor[\\p{L}\\p{N}_]+', '#pray4[\\p{L}\\p{N}_]+', '#jesuis[\\p{L}\\p{N}_]+', '#whyistayed', '#whyileft', '#stopasianhate', '#neveragain',
  '#bringbackourgirls', '#icantbreathe', '#stopthewar', '#standwith[\\p{L}\\p{N}_]+', '#bostonstrong', '#lestweforget',
  '#blacklivesmatter', '#blm', '#metoo', '#timesup', '#blackouttuesday', '#justicefor[\\p{L}\\p{N}_]+', '#rip', '#restinpeace',
];

/** Words of support or sympathy that make a cause hashtag a brand's own stand, not a hijack. */
export const support: string[] = [
  'support', 'supporting', 'stand with', 'standing with', 'solidarity', 'thoughts', 'prayers', 'praying',
  'donate', 'donating', 'donation', 'victims', 'survivors', 'condolences', 'sympathy', 'remember',
  'remembering', 'in memory', 'rest in peace', 'listen', 'listening', 'learn', 'resources', 'helpline',
  'justice', 'equality', 'together',
];

/** Days of remembrance: a sale or a pun on them reads as profiting from the dead. */
export const memorialDays: string[] = [
  '9/11', '9-11', 'september 11(?:th)?', 'remembrance ?day', 'remembrance ?sunday',
  'memorial ?day', 'veterans ?day', "veterans' day", 'armistice ?day', 'anzac ?day', 'holocaust ?remembrance ?day',
  // Also as hashtags (#PearlHarbor, #DDay, #RemembranceDay).
  'holocaust ?memorial ?day', 'yom hashoah', 'pearl ?harbou?r ?day', 'pearl ?harbou?r', 'd-?day', 'juneteenth',
  'world aids day', 'hiroshima day', 'international day of remembrance',
];

/**
 * The brand stepping into a remembrance: inviting people to remember "with us", its mascot, a sponsor
 * line, its product paying tribute. Beside a day of remembrance (same or next sentence) it reads as
 * using the dead for attention, even with no sale. A museum or a council inviting people to a service
 * says where and when (`remembranceEvent`), and that sentence is left alone.
 */
export const brandInsertion: string[] = [
  '(?:remember|honou?r|commemorate|mark|observe|salute|pay (?:our |your )?(?:respects|tribute)|reflect|never forget)[^.!?\\n]{0,60}? with us',
  'our (?:\\w+ )?mascot', 'brought to you by', 'sponsored by', 'presented by', '#ad', '#sponsored',
  '(?:our|this) (?:\\w+ )?(?:burgers?|pizzas?|fries|donuts?|doughnuts?|beers?|pasta|shakes?|sandwich(?:es)?|cookies|cupcakes?|cocktails?|coffees?|lattes?|menu|meals?|combos?|snacks?|cereal|candy|chips) (?:salutes?|remembers?|honou?rs?|pays? tribute|never forgets?)',
];

/** Days of memory that are also days of thanks and gathering ("honour our veterans with us: a free
 * meal for all who served"): a brand's "with us" on them is no intrusion. */
export const observances: string[] = ['memorial ?day', 'veterans ?day', "veterans' day", 'juneteenth', 'world aids day'];

/** Where and when people gather to remember: a sentence with one of these is an invitation, not a brand stepping in. */
export const remembranceEvent: string[] = [
  'ceremony', 'ceremonies', 'service', 'vigil', 'wreath', 'wreaths', "(?:moment|minute|two minutes|two-minute|minute'?s) (?:of )?silence",
  'parade', 'march', 'live ?stream', 'livestream', 'museum', 'memorial (?:site|park|hall|garden|wall)', 'exhibit(?:ion)?', 'tour', 'talk', 'lecture',
  'cemetery', 'church', 'chapel', 'at \\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.)', 'at \\d{1,2}:\\d{2}',
];

/** Idioms of war or disaster that are grim when used to sell ("boots on the ground"). */
export const grimIdioms: string[] = [
  'boots on the ground', 'shock and awe', 'carpet bombing', 'collateral damage', 'ground zero', 'no-fly zone',
  'blitzkrieg', 'scorched earth', 'body count', 'final solution', 'kamikaze', 'jihad',
];

/**
 * Disasters named by their everyday word ("the storm", "the smoke"). Alone they are weather ("Storm
 * coming? Stock up on umbrellas"); only with a word that puts the reader inside the event (`livedIn`)
 * is a pitch beside them selling to people in it. "A storm of deals", "a flood of orders" are not weather.
 */
export const hazards: string[] = [
  '(?:snow|ice|winter|tropical|wind|dust|sand|hail|thunder|rain)?storms?(?! of| and stress)', 'blizzards?', 'heat ?waves?(?! of)', 'heat dome',
  'extreme heat', '(?:wildfire |bushfire )?smoke(?! and| of)', 'haze', 'floods?(?! of)', 'flooding', 'flood waters', 'hurricanes?', 'typhoons?',
  'cyclones?', 'tornado(?:es)?', 'wildfires?', 'bushfires?', '(?:the|those|these) fires', 'power (?:outage|cut)s?', 'blackouts?',
  // An evacuation is a disaster in itself; "evacuating", "evacuated" also put the reader in it
  // ("Evacuating? Pack our power banks"), "evacuation routes" or a fire drill's "evacuate" do not.
  'evacuat(?:ed|ing|ion)', 'shelter(?:ing)? in place',
  'polar vortex', 'cold snap', 'deep freeze', 'freezing rain', 'ice (?:storm|rain)', 'landslides?', 'earthquakes?', 'quake',
  // Storms that have a name ("Storm Ciara", "Hurricane Milton") are caught by the word before it.
];

/** Words that put the reader inside a disaster: a hazard in the same or the next sentence is one they live through. */
export const livedIn: string[] = [
  'during', 'amid(?:st)?', 'because of', 'due to', 'thanks to', 'in the middle of', 'in the midst of',
  'rid(?:e|ing) (?:it )?out', 'wait(?:ing)? (?:it )?out', 'shelter(?:ing)?(?: in place)?', 'hunker(?:ing)? down',
  'stuck (?:at home|inside|indoors|in the house|in)', 'snowed in', 'trapped (?:at home|inside|indoors)', 'cooped up',
  "can'?t (?:go|get) out(?:side)?", 'stay(?:ing)? safe', 'keep safe', 'be safe', 'evacuat(?:ed|ing)', 'without power', 'lost power',
  'no power', 'power is out', 'make the most of',
  // A disaster named as the one under way ("this storm", "these floods"): the reader is inside it. Not
  // its season or a product named after it ("this storm season", "this storm jacket"), nor a storm as
  // a metaphor ("weather this storm", "a storm of deals"). Not heat waves or cold snaps: "beat this
  // heat" is what every ice-cream shop says.
  '(?<!(?:weather|out|through) )(?:this|these) (?:(?:snow|winter|ice|tropical|wind|hail|thunder|rain|super)?storms?|blizzards?|floods?|flooding|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|wildfires?|bushfires?|fires|earthquakes?|quakes?)(?![- ](?:season|proof|ready|resistant|safe|jacket|coat|shell|boots?|umbrella|collection|range|edition|model|door|drains?|chaser|tracker|lamp|candle|glass|cocktail|grey|gray|blue|ipa|lager|ale|brew)| of)',
];

/** Words that make a pitch next to a disaster a service notice or an apology, not a sale. */
export const serviceNotice: string[] = [
  'clos(?:e|ed|es|ing)', 'delay(?:s|ed)?', 'suspend(?:ed|s)?', 'cancel(?:l?ed|s)?', 'postponed', 'reschedul\\w*', 'sorry',
  'apologi[sz]e', 'inconvenience', 'refunds?', 'rebook\\w*', 'reopen\\w*', 'waive[ds]?',
];

/** "You survived", "you made it through": next to an attack and a "congrats", survival of a tragedy as a feat. */
export const survived: string[] = [
  'survived', 'surviving', 'made it through', 'lived through', 'got through', 'pulled through', 'came out alive', 'made it out(?: \\w+){0,3} alive',
];

/** Attacks said in everyday words ("the shooting", "the attack"): a tragedy next to `survived`. */
export const violence: string[] = [
  '(?:the|that|this|an?) (?:terror |terrorist |knife |bomb |gun |suicide |shark )?attacks?(?! on (?:the |your )?(?:senses|taste ?buds))',
  '(?:the|that|this|a) shooting', 'shootings', 'shootout', '(?:the|that|this|a) blast(?! from)', '(?:the|that|this|an) explosion',
  'gunfire', 'marathon bombing',
];

/** Congratulation: next to `survived` and an attack, it makes a feat of surviving a tragedy. */
export const congrats: string[] = [
  'congrats', 'congratulations', 'congratz', 'well done', 'kudos', 'you did it', 'high five', 'gold star', 'bravo',
  'achievement unlocked', 'hats off', 'give yourselves? a (?:pat|hand|round of applause)', 'you deserve a (?:medal|treat|prize|reward)',
];
