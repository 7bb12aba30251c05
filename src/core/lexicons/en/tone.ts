// Wording that blames, lectures, dismisses or mocks the person a brand answers, arrogance about
// criticism, engagement bait and jokes that endorse harm. Read by the tone rules as whole-word,
// case-insensitive patterns (regex syntax allowed; a space matches one or more white-space
// characters; write "\\s?" for an optional one). Curly apostrophes are read as straight ones.
// `strong` entries are a warning (critical when a brand answers someone); `mild` ones are only a
// hint (info): they are often said kindly ("there is nothing we can do about the weather, but…").

export const dismissive = {
  strong: [
    // dismissing
    'calm down', 'calm yourself', "it'?s not the end of the world", 'not the end of the world',
    'first world problems?', 'just deal with it', 'get over it', 'grow up',
    'cry (?:me a river|more)', 'stop (?:whining|complaining|moaning)', 'complain about everything',
    'always complaining', 'you people', 'people like you', 'you guys always', 'ok boomer',
    'not our problem', "that'?s (?:not our|your) problem", 'not our fault',
    "(?:it'?s|it is|that'?s) your (?:own )?fault", 'your own fault', 'nobody forced you', 'no one forced you',
    "if you don'?t like it", 'take your business elsewhere', 'you get what you pay for',
    // lecturing and blaming
    // An order to read, not "you haven't read our terms yet? Here they are" (a counterfactual "if
    // you had read the terms, you would know…" is read whole, by `counterfactualBlame`).
    "(?<!(?:you|n'?t|not|'ve|have|had|already|to) )read the (?:terms|t&cs|fine print|small print|faq|policy|rules|instructions)",
    "(?<!(?:you|n'?t|not|'ve|have|had|already|to) )read our (?:terms|policy|faq)",
    'learn to read', 'did you (?:even )?read',
    // "already" is what makes it a lecture: "as we said yesterday, the store opens at 9" is news.
    "as (?:we|i)(?:'?ve| have| had)? (?:already|previously|clearly|repeatedly) (?:said|stated|explained|mentioned|told you|pointed out|advised)",
    'as already (?:said|stated|explained)', 'like we (?:already )?said', 'as stated (?:before|above|previously)',
    "(?:we|i)(?:'?ve| have) already (?:told|explained (?:this |it )?to) you(?! (?:everything|all) (?:we|i) know)", 'for the (?:last|hundredth|third) time',
    "before (?:tagging|contacting|messaging|tweeting|emailing|asking|writing to|mentioning|dm'?ing|@'?ing) us again",
    "(?:stop|quit) (?:tagging|spamming|mentioning|@'?ing) us",
    "you should(?: have|'?ve) (?:checked|read|booked|known|arrived|thought|come|asked|called|bought|paid|listened|planned|looked)",
    'you ought to have known', 'you need to understand',
    'you clearly (?:didn|don|have)', 'obviously you', 'do your (?:own )?research', 'educate yourself',
    'rules are rules', "that'?s just how it is", 'sorry you feel that way',
    "we'?re sorry you feel", 'sorry for your (?:feelings|confusion)',
    // arrogance about criticism
    "you don'?t (?:really|seriously|actually) believe", 'you really believe that', 'nobody would work for us',
    'no one would work for us', 'people (?:love|line up to) work(?:ing)? for us', 'haters gonna hate',
    // blaming the critic: their feelings are the problem, not what they criticise
    "(?:make|making|made) (?:your|their) (?:own )?(?:insecurit(?:y|ies)|issues|problems?|feelings|hang-?ups) (?:our|my) (?:problem|issue|fault|concern)",
    "(?:that'?s|sounds like) (?:just |only )?your (?:own )?insecurit(?:y|ies)",
    // Not "insecure" nor "too sensitive": ads say "if you're insecure about your smile…".
    "(?:you(?:'re| are)|sounds like you(?:'re| are)) (?:just |clearly |obviously |being |a bit |so )?(?:jealous|oversensitive|easily offended|overreacting|triggered)",
    'stop being (?:so )?(?:sensitive|dramatic|easily offended|a snowflake)', '(?:ok|okay|sorry|bye),? snowflakes?',
    'no(?:body| one) asked (?:you|for your opinion)', "didn'?t ask for your opinion", "don'?t (?:buy|use|order) (?:it|them|from us) then",
    "we don'?t need your (?:business|money|custom)", '(?:sounds like )?a you problem',
    '(?:maybe )?try reading', 'next time,? (?:read|check) (?:the|our) (?:terms|rules|t&cs|fine print|email|website|policy)', 'cool story,? bro', 'good luck with that',
    'bless your heart', 'thanks,? captain obvious', 'slow clap', 'with all due respect',
    // sarcasm at the person
    'oh (?:great|wonderful|joy|look),? (?:another|more)', 'yet another complaint', 'another day,? another complaint',
    "we'?ll get right on (?:that|it)(?:,? (?:i'?m sure|not))?", 'said no one ever', 'thanks for nothing',
    // Sarcastic thanks for being corrected: "lesson" alone is sincere ("thanks for the lesson, Chef
    // Ana!"), a lesson in manners or in running our business is not.
    'thanks?(?: you)?(?: so much| a lot)? for the (?:\\w+ )?(?:lesson|lecture|masterclass|class|tutorial) (?:in|on) (?:manners|etiquette|politeness|grammar|spelling|customer service|marketing|humility|patience|tone|rudeness|how to (?:run|do|behave|talk|speak|write|treat))',
    'thanks?(?: you)?(?: so much| a lot)? for (?:the|your) (?:sermon|ted talk|newsflash|unsolicited (?:advice|opinion|feedback|lesson|lecture)|life advice)',
    // The page as the brand's turf: "our page, our rules" to someone who objected.
    "(?:it'?s|this is) (?:our|my) (?:page|account|feed|profile|channel|comment section)[,.;]? (?:so )?(?:we|i) (?:set|make|decide) (?:the rules|what)",
    '(?:our|my) (?:page|account|feed|profile|channel|comment section)[,.]? (?:our|my) rules', 'we (?:set|make) the rules (?:here|around here)',
    // Showing the door.
    "don'?t like (?:it|us|our \\w+)[,.]? (?:then )?don'?t (?:buy|come|eat|read|follow|watch|look|shop|order)",
    "(?:feel free to|you'?re (?:free|welcome) to|you can always) (?:unfollow(?: us)?|leave|go elsewhere|shop elsewhere|eat elsewhere|take your business elsewhere|scroll (?:past|on)|block us)",
    "(?:there'?s|there is) the door", 'the door is (?:right )?(?:there|that way)', 'the unfollow button is (?:right )?(?:there|up there)',
    '(?:nobody|no one|no-one)(?: is|\'?s) (?:forcing|making) you',
    // Talking down to the person: their feelings, their taste, their knowledge.
    '(?:ok|okay|sure|alright),? (?:karen|kevin|sweetie|sweetheart|honey|hun|buddy|pal|champ|chief)', 'who hurt you', 'touch grass', 'get a life',
    '(?:imagine|picture) (?:being|getting) (?:this|so) (?:upset|mad|angry|worked up|triggered|pressed|bothered)',
    "someone'?s (?:a bit |a little )?(?:grumpy|cranky|salty|touchy|sensitive|moody) today",
    "you (?:clearly |obviously |really )?(?:have|got) no (?:taste|manners|class|sense of humou?r|idea what you'?re talking about)",
    "you (?:clearly |obviously |really )?(?:don'?t|do not) know what you'?re talking about",
    '(?:your|ur) (?:opinion|review|comment|complaint|taste) (?:is|was) (?:irrelevant|trash|garbage|worthless|stupid|wrong|noted and ignored)',
    'nobody cares (?:about )?(?:your|what you)', 'who asked\\?',
    // Mock regret: "we'll be sure to lose sleep over it", "your loss".
    "(?:we'?ll|we will|i'?ll)(?: be sure to| definitely| totally)? lose (?:any )?sleep over (?:it|that|this)", "(?:we'?re|i'?m) (?:not )?losing (?:any )?sleep over",
    // Not "we'll survive somehow" (about our own broken coffee machine) nor "sorry not sorry" (the brownie is back).
    "(?:we'?ll|we will) (?:try to )?(?:survive|cope|manage|carry on) without you", "(?:that'?s )?your loss,? not ours",
    "(?:don'?t|do not) let the door hit you", 'learn some manners', // Not "try being kind to yourself" (wellness copy).
    '(?:maybe|just) try being (?:nice|polite|civil|respectful)(?! to yourself)', 'try being (?:nice|kind|polite|civil|respectful) for once',
  ],
  mild: [
    'be patient', 'please be patient', 'per our policy', 'as per our policy',
    'unfortunately that is our policy', 'there is nothing we can do', "there'?s nothing we can do",
    'we are not responsible', 'not our responsibility', 'actually,? you', 'fake news', 'nice try',
  ],
};

// An apology for how the person feels rather than for what went wrong ("we're sorry that you aren't
// happy with the bag", "sorry you're disappointed"): only a hint alone, since a fix often follows
// ("sorry you're frustrated, DM us and we'll refund you"); beside a refusal or a justification that
// puts the fault on them (below), it is the non-apology people share. An apology for the fault
// itself ("sorry you're still waiting", "sorry your parcel is late") names no feeling.
const SORRY =
  "(?:(?:we'?re|we are|i'?m|i am) (?:so |very |really |truly |deeply )?sorry|sorry|(?:we|i) (?:sincerely |do )?apologi[sz]e|(?:our |my )?apologies|(?:we|i) regret)(?: (?:that|to (?:hear|learn|see|read)(?: that)?))?";
const FEELS =
  "(?:'re|'?ve been| are| were| was| have been| feel| felt| seem| seemed| may (?:have )?(?:been|felt)| might (?:have )?(?:been|felt))(?:n'?t| not)?";
const FEELING =
  '(?:(?:so|very|a (?:bit|little)|entirely|completely|fully|totally|really|100%) )?(?:(?:un)?happy|(?:dis|un)?satisfied|(?:dis)?pleased|disappointed|upset|frustrated|annoyed|unimpressed|offended|let down)';
export const nonApology: string[] = [
  `${SORRY} (?:you|you guys|some of you|any of you|some people)${FEELS} ${FEELING}`,
  `${SORRY} you (?:didn'?t|did not|don'?t|do not) (?:like|love|enjoy|care for)`,
  `${SORRY} (?:it|this|that|the \\w+|our \\w+|your \\w+) (?:didn'?t|did not|doesn'?t|does not) (?:meet|live up to) (?:your|all your) expectations`,
  `${SORRY} you (?:feel|felt) (?:that|like|as if|as though)`,
  `${SORRY} for any (?:offen[cs]e|upset|disappointment|hurt|frustration) (?:this|that|it|our \\w+) (?:may|might) have caused`,
];
/** An apology on condition that someone was hurt ("we apologise if anyone was offended"): a warning
 * wherever it is, unless the draft owns the fault ("we got this wrong"). */
export const conditionalApology: string[] = [
  "(?:sorry|(?:we|i) (?:sincerely )?apologi[sz]e|apologies) if (?:you|anyone|anybody|someone|somebody|any of you|some of you|people)(?: (?:were|was|felt|feel|have been|has been|got|may have been|might have been|may have felt))? (?:offended|upset|hurt)",
  "(?:sorry|(?:we|i) (?:sincerely )?apologi[sz]e|apologies) if (?:we|i|our \\w+|this|it|the \\w+) (?:have |has |may have |might have )?(?:offended|upset|hurt) (?:anyone|anybody|you|someone|somebody|people|any of you|some of you)",
  "(?:sorry|(?:we|i) (?:sincerely )?apologi[sz]e|apologies) if (?:your|anyone'?s|people'?s) feelings (?:were|have been|got) hurt",
  "sorry if you (?:feel|felt) (?:that|this) way",
];
/** An offer right after a refusal makes it none: "nothing we can do about the weather, but we can rebook you". */
export const offerAfterRefusal: string[] = [
  "(?:but|however|though|instead|what we can do is)[,]? (?:we|i)(?:'ll| will| can| could| would|'d| are happy to| have| do)", 'we can,? however',
];
/** A refusal: next to an apology for the person's feelings, it shows the apology changes nothing. */
export const refusal: string[] = [
  "(?:we|i)(?:'re| are|'m| am)(?: not|n'?t) (?:planning|going|able|willing|prepared) (?:on |to )?(?:do(?:ing)? (?:anything|more)|chang(?:e|ing) (?:it|this|that|anything)|(?:offer|give|issu)(?:e|ing)? (?:you )?(?:a |any )?(?:refunds?|compensation|replacements?|exchanges?|credit))",
  "(?:we|i) (?:won'?t|will not|can'?t|cannot|can not|are unable to|am unable to) (?:be )?(?:do(?:ing)? (?:anything|more)|offer(?:ing)? (?:you )?(?:a |any )?(?:refunds?|compensation|replacements?|exchanges?)|refund (?:you|it|this|the)|replace (?:it|this|the)|make (?:an|any) exceptions?|change (?:it|this|that|anything|our (?:decision|policy)))",
  "there(?:'s| is) nothing (?:(?:more|else|further) )?(?:we|i) (?:can|could|will|are able to) do", "nothing (?:more|else|further) (?:we|i) can do",
  '(?:this|that|the|our) decision is final', '(?:our|the) (?:decision|policy) (?:stands|will not change|won\'?t change)',
  "(?:we|i) (?:don'?t|do not) (?:offer|give|issue|do|provide|accept) (?:refunds|compensation|exchanges|returns)",
  'no (?:refunds?|compensation|exchanges?|returns?) (?:will be|can be|are) (?:given|issued|offered|made|accepted|possible)',
  // A justification that puts the fault on them: it was in the terms, they agreed to it.
  'as (?:clearly )?(?:stated|described|explained|mentioned|specified|indicated|outlined) (?:in|on) (?:the|our) (?:terms|t&cs|description|listing|product page|website|site|policy|faq|conditions|fine print|small print|booking|confirmation)',
  '(?:it|this|that) was (?:clearly |always )?(?:stated|described|explained|mentioned|specified|written|indicated) (?:in|on) (?:the|our)',
  '(?:you|which you) (?:agreed|accepted|consented) to (?:the|our|these) (?:terms|t&cs|conditions|policy)',
];

/** Owning the fault: beside it, an apology for the person's feelings is sincere ("sorry you're upset,
 * we got this wrong"). */
export const ownedFault: string[] = [
  "(?:we|i) (?:really |completely |totally )?(?:got (?:this|it|that) wrong|messed up|screwed up|dropped the ball|were wrong|made a mistake)", "(?:that'?s|this is|it'?s|that one'?s) on us",
  '(?:our|my) (?:mistake|fault|bad|error)', "(?:that|this|it) (?:was|is) (?:(?:entirely|completely|totally) )?our fault", "(?:you'?re|you are) (?:absolutely |completely |totally )?right",
];

// What the person would have read or checked, and what they would then know: a counterfactual that
// blames them ("If you had read the terms, you would know…", "Had you checked your booking, you'd
// have seen…"). Each entry holds both halves, the condition on something the brand published and
// what they would know, since either alone is everyday: "if you had booked before May, you are owed a
// refund", "if you'd booked with us you'd have saved £50", "if you had any trouble, DM us".
const READ_ADVERB = '(?:(?:actually|just|even|only|simply|properly|carefully|bothered to|cared to|taken the time to|taken a (?:second|moment|minute) to) ){0,2}';
const READ_VERB = '(?:read|checked|check|looked at|look at|paid attention to|followed|opened|clicked on|scrolled (?:down|through|up)|gone through|double-checked)';
// What a brand publishes and a customer is blamed for not reading.
const PUBLISHED =
  "(?:terms|t&cs|t's and c's|conditions|policy|policies|contract|fine print|small print|faq|faqs|rules|instructions|manual|booking|reservation|confirmation|email|e-mail|ticket|receipt|invoice|bill|statement|order|website|site|page|bio|post|tweet|pinned \\w+|announcement|notice|sign|signs|menu|label|description|listing|app|notification|message|itinerary|guide|details)";
const WOULD_KNOW =
  "you(?:'d| would)(?: have)?(?: already)? (?:know|known|seen|noticed|realised|realized|understood|spotted|read|found out|been aware|avoided|not be|never have)|you wouldn'?t (?:be|have)";
export const counterfactualBlame: string[] = [
  `(?:if you(?:'d| had)?|had you) ${READ_ADVERB}${READ_VERB} (?:\\S+ ){0,3}?${PUBLISHED}[^.!?\\n]{0,80}?,? (?:then )?(?:${WOULD_KNOW})`,
  `(?:${WOULD_KNOW})[^.!?\\n]{0,40}? if you(?:'d| had)? ${READ_ADVERB}${READ_VERB} (?:\\S+ ){0,3}?${PUBLISHED}`,
  // "Bothered to" is the blame on its own.
  "(?:if you(?:'d| had)|had you) (?:even |just |only |actually )?bothered to (?:read|check|look|open|scroll|ask|google)",
];

// Telling the person what they should have done, with any verb: "if you had packed it properly, it
// wouldn't have broken", "none of this would have happened if you'd kept the receipt", "you should
// have measured first". The condition needs what it blames them for (the problem, what they would
// know), since a condition alone is an offer or news: "if you had asked us, we would have helped",
// "if you'd booked with us, you'd have saved £50", "if you'd looked out, you'd have seen a rainbow".
// "Should have" leaves out what happens to the person or what they missed out on ("you should have
// received an email", "you should have seen the queue", "you should have tried the tiramisu too").
const PAST_PARTICIPLE =
  '(?:\\w+ed|read|known|thought|bought|brought|done|gone|taken|written|kept|left|paid|made|told|sent|chosen|spent|understood|found|put|given|shown|worn|thrown|stuck|hit|set|let|split|broken|forgotten|lost|sold|built|shrunk|torn|burnt|bent|spoilt|stolen|frozen|eaten|fallen)';
// What it blames them for: what they would know, the trouble they would have spared themselves. Not
// "we wouldn't be here" nor "none of this would have happened": thanks ("if you hadn't backed us…").
const BLAME_RESULT =
  "(?:you(?:'d| would)(?: have)?(?: already)? (?:know|known|realised|realized|understood|noticed|been aware|found out|avoided (?:this|that|it|all (?:this|that)|the \\w+))|you(?:'d| would)(?:n'?t| not| never)(?: have)? (?:be|been|had (?:this|that|the|any)|have (?:this|that|the|any)|run into|ended up)|(?:we|i)(?:'d| would)(?:n'?t| not| never) be (?:having|talking|discussing)|(?:this|that|it|none of (?:this|that|it)|nothing) (?:would(?:n'?t| not| never)|'d never)(?: have)? (?:happen(?:ed)?|occurred|been (?:an? )?(?:problem|issue)|be (?:an? )?(?:problem|issue))|(?:this|that|it|all (?:this|that)) could(?: have|'?ve) been avoided)";
const HAD_ADVERB = '(?:(?:just|even|only|simply|actually|properly|carefully|bothered to|taken the time to) ){0,2}';
const IF_YOU_HAD = `(?:if (?:only )?you(?:'d| had)(?: not|n'?t)?|had you(?: not)?) ${HAD_ADVERB}`;
// What happens to the person, or a treat they missed: never blame after "you should have".
const NOT_BLAME = '(?!(?:received|been|got|gotten|had|seen|heard|tried|tasted|watched|joined|experienced|felt|loved|enjoyed|won|saved|come|arrived|noticed|spotted)(?![\\p{L}]))';
export const hindsightBlame: string[] = [
  `${IF_YOU_HAD}${PAST_PARTICIPLE}(?![\\p{L}])[^.!?\\n]{0,100}?,? (?:then )?${BLAME_RESULT}`,
  `${BLAME_RESULT}[^.!?\\n]{0,60}? ${IF_YOU_HAD}${PAST_PARTICIPLE}(?![\\p{L}])`,
  // What went wrong with the thing: "if you had packed it properly, it wouldn't have broken". Only
  // after "if you had", not "hadn't": "if you hadn't told us, it wouldn't have been fixed" is thanks.
  `(?:if (?:only )?you(?:'d| had)|had you) ${HAD_ADVERB}${PAST_PARTICIPLE}(?![\\p{L}])[^.!?\\n]{0,100}?,? (?:then )?(?:it|this|that|they|the \\w+|your \\w+) (?:would(?:n'?t| not| never)|'d never)(?: have)? (?:been|${PAST_PARTICIPLE}(?![\\p{L}]))`,
  // Not "you should have told us, we'd have brought a cake", "you should have ordered the churros too!"
  `you (?:should|ought to)(?: have|'?ve) (?:(?:just|simply|really|at least|first|properly|maybe|probably) ){0,2}${NOT_BLAME}${PAST_PARTICIPLE}(?![\\p{L}])(?![^.!?\\n]*(?: too| as well| we'?d| we would))`,
  `you could(?: have|'?ve) just ${PAST_PARTICIPLE}(?![\\p{L}])`,
  // A lecture in passing: "that's what the instructions are for", "the terms are there for a reason".
  `that'?s what (?:the|our|a|an) (?:\\w+ )?${PUBLISHED}s? (?:is|are|'s|'re) (?:there )?for`,
  `(?:the|our) (?:\\w+ )?${PUBLISHED}s? (?:is|are|exists?) (?:(?:there|written|posted|published) )?(?:for a reason|to be read|for reading)`,
];

// A post that lectures people about their own money: their trouble with it ("why is my balance so
// low?", "no wonder you're broke") and, in the same post, the habit blamed for it ("make coffee at
// home", "skip the avocado toast"). Either alone is everyday: a coffee brand says "make coffee at
// home with our beans", a bank asks "where does your money go?" to sell a budgeting app.
export const moneyTrouble: string[] = [
  "why (?:is|does) (?:my|your|their|our) (?:bank )?(?:balance|account|bank account|savings(?: account)?|wallet)(?: look)? (?:so |always |still |looking )?(?:low|empty|tiny|small|sad|thin|in the red)",
  "why (?:am i|are you|are we|is everyone|are people|are millennials) (?:always |still |so )?(?:broke|poor|skint|in debt|in the red|overdrawn)",
  "why (?:don'?t|can'?t) (?:i|you|we) (?:ever )?(?:have|save|keep) (?:any )?(?:money|savings)",
  "where (?:did|does|has) (?:all )?(?:my|your) (?:money|paycheck|pay ?check|salary|wages|pay) (?:go|gone)",
  "(?:that'?s|this is|and that'?s) why (?:you'?re|you are|you'?ll always be|your (?:balance|account) is) (?:always |still |so )?(?:broke|poor|skint|low|empty|in the red)",
  "no wonder (?:you'?re|you are|your (?:balance|account|bank account) is) (?:always |still |so )?(?:broke|poor|skint|low|empty|in the red)",
  "(?:and )?(?:then )?you wonder why (?:you'?re|you are|your|you can'?t|you have|you never)",
  "(?:still )?can'?t afford (?:a house|a home|a deposit|to buy a (?:house|home)|your rent|rent)",
];
const TREATS =
  '(?:avocado toasts?|lattes?|frappuccinos?|starbucks|takeaways?|take-?outs?|brunch(?:es)?|coffees?|cappuccinos?|uber ?eats|deliveroo|door ?dash|grubhub|just eat|cabs?|ubers?|taxis?|cocktails|new clothes|sneakers|impulse buys)';
export const habitLecture: string[] = [
  '(?:just |maybe |try (?:to )?|simply |you could )?(?:make|brew) (?:your (?:own )?)?coffee at home',
  `(?:just |maybe |try (?:to )?|simply )?(?:skip|ditch|drop|quit|give up|cut out|cut back on|lay off|stop (?:buying|getting|ordering|spending (?:money )?on)) (?:the |your |those |that |all (?:the|those) )?(?:daily |morning |fancy |overpriced |\\$\\d+ )?${TREATS}`,
  "eat (?:the|what'?s|whatever'?s) (?:food )?(?:already )?in (?:your|the) (?:fridge|freezer|cupboards?|pantry)",
  "(?:you )?(?:don'?t|do not) need (?:a|an|another|to (?:take|get|order) an?) (?:cab|taxi|uber|lyft|takeaway|takeout|latte|new (?:phone|pair|outfit|bag))",
  "it'?s only \\d+ (?:blocks|minutes?|streets)(?: away)?",
  '(?:walk|take the bus|cook at home|meal prep) (?:instead|for once|like an adult)',
  "(?:stop|quit) (?:spending|wasting) (?:all )?(?:your|so much) money on",
];

/**
 * Sarcasm in a reply: one of these alone is only cold ("Noted."); two of them, or one beside a pet
 * name ("Consider it noted, sweetie 💅"), talk down to the person. Pet names alone are friendly
 * ("Thank you darling!") and never count with each other.
 */
export const sarcasm = {
  markers: [
    // One entry for every way of saying "noted", so that "Noted! Duly noted." counts once.
    "(?:consider (?:it|that|this|your (?:feedback|complaint|opinion|comment|point)) (?:noted|embraced|filed|duly noted)|duly noted|noted[.!])",
    'thanks?(?: you)?(?: so much| a lot)? for the (?:lesson|lecture)', 'we (?:set|make) the rules', 'whatever (?:you say|floats your boat)',
    'if you say so', "we'?ll (?:alert|call|notify) the media", 'how (?:original|brave|shocking)', 'k[.!]', 'next!', 'cool story', 'sorry,? not sorry', '🙃', '💅', '🥱',
  ],
  petNames: ['sweetie', 'sweetheart', 'honey', 'hun', 'hon', 'darling', 'babe', 'buddy', 'pal', 'champ', 'chief', 'sunshine', 'karen', 'my dear'],
};

/** Help for people in need made conditional on likes, shares or follows. */
export const engagementBait: string[] = [
  '\\d+\\s?(?:rt|rts|retweets?|likes?|shares?|follows?|comments?|reposts?)\\s?=\\s?\\d*\\s?\\w+',
  'for (?:every|each) (?:like|share|retweet|rt|follow|follower|comment|repost|view|tag)',
  // Not "every like means a lot to us", "every share helps us grow".
  'every (?:like|share|retweet|rt|follow|comment|repost) (?:feeds|plants|donates|provides|funds|(?:means|equals|=|gives|helps) (?:a|an|one|\\d+|[$€£]\\s?\\d+)(?! lot| little| bit))',
  '(?:like|share|retweet|rt|repost|follow|comment)(?: this)?(?: post)? (?:and|&|to help|so) (?:we(?:\'ll| will)? )?(?:donate|give|feed|plant|help|provide|fund)',
  '(?:\\d+|a million|100k|10k) (?:likes|shares|retweets|rts|followers)(?: and| &)? we(?:\'ll| will)? (?:donate|give|feed|plant|fund)',
  // "donate €1", "donate a meal", "donate 1 tree" per like.
  "we'?ll donate \\S+(?: \\S+)? (?:for|per) (?:every|each) (?:like|share|retweet|rt|follow|comment)",
  'donate \\S+(?: \\S+)? (?:per|for each|for every) (?:like|share|retweet|rt|follow|comment)',
];

// "No" struck out of someone's vocabulary, or left at home (see `harmfulJokes`).
const QUOTE = '["“”\'«»]?';
const STRIKE_NO = `(?:(?:remov(?:e|es|ing)|tak(?:e|es|ing) out|eras(?:e|es|ing)|drop(?:s|ping)?|delet(?:e|es|ing)|ban(?:s|ning)?|los(?:e|es|ing)|strik(?:e|es|ing)|cut(?:s|ting)?|ditch(?:es|ing)?|forget(?:ting)?) (?:the word )?${QUOTE}no${QUOTE} (?:from|out of) (?:your|her|his|their|the|our) (?:vocabulary|vocab|dictionary)|(?:take|takes|taking|get|gets|getting|cut|cuts|cutting|strike|strikes|striking) (?:the word )?${QUOTE}no${QUOTE} out of (?:your|her|his|their|the|our) (?:vocabulary|vocab|dictionary)|(?:leave|leaving|check|checking) (?:the word )?${QUOTE}no${QUOTE} (?:at home|at the door|behind|at the coat ?check))`;
const DRINK = '(?:beers?|brews?|lagers?|ales?|ciders?|drinks?|shots?|cocktails?|booze|tequila|vodka|rum|gin|wine|whiske?y|rounds?|pints?|bottles?|cans?|alcohol|margaritas?)';

/** Jokes that endorse harm: spiking drinks, non-consent, drink-driving, self-harm. */
export const harmfulJokes: string[] = [
  // "No" taken out of someone's vocabulary for a night of drinking: consent made a joke. The drink is
  // the cue: "remove 'no' from your vocabulary this year, say yes to adventure" is a travel slogan.
  `${DRINK}[^.!?\\n]{0,60}?${STRIKE_NO}`,
  `${STRIKE_NO}[^.!?\\n]{0,40}?(?<![\\p{L}\\p{N}_])${DRINK}`,
  // Not "mum won't say no to a glass of our rosé": the drink comes after "after", "with", "once".
  `(?:she|he|they|your date)(?:'ll| will)? (?:won'?t|can'?t|couldn'?t|will not|never|won'?t be able to) (?:say no|refuse|resist)[^.!?\\n]{0,30}? (?:after|with|once (?:she|he|they)(?:'s|'ve| has| have) had) (?:\\w+ ){0,3}?${DRINK}`,
  // "when they're not looking" only as part of doing something to someone's drink: on its own it is
  // ordinary mischief ("sneak an extra cookie when they're not looking").
  "spike (?:your|their|her|his|a|the|someone'?s|your \\w+'?s|your best friend'?s) (?:\\w+ )?(?:drink|drinks|eggnog|punch|coffee|cocktail|juice|soda|beer|wine)(?: when (?:they'?re|she'?s|he'?s) not looking)?",
  "slip (?:something|a little something|\\w+) (?:in|into) (?:her|his|their|your \\w+'?s) (?:drink|glass|coffee)(?: when (?:they'?re|she'?s|he'?s) not looking)?",
  'roofie', 'roofies', 'no means (?:yes|maybe|try harder|ask again)', 'without (?:her|their|his) consent',
  // Consent as a joke: a "no" that means yes, drinks poured until someone gives in, a contrast with a
  // person who "goes down" ("unlike some people, our lager always goes down smoothly"). A drink that
  // goes down smoothly, or "consent is sexy" (a campaign), stays clear: the person or the drink-until is the cue.
  "(?:her|his|their) no (?:means|meant) (?:yes|maybe)", "(?:she|he|your date) said no,? but (?:our|the|my|this) (?:\\w+ ){0,2}said yes", "when (?:she|he|they) says? no,? (?:she|he|they) means? yes",
  'consent (?:is )?(?:overrated|optional|for (?:the weak|losers|amateurs))', 'who needs consent',
  // Past tense only: "she's asking for it: give mum the spa day" is Mother's Day copy.
  "(?:she|he) was (?:\\w+ )?asking for it",
  "(?:too )?(?:drunk|wasted|passed out|asleep) to say no", "(?:can'?t|won'?t|couldn'?t) say no (?:when|if|once) (?:she'?s|he'?s|they'?re|she is|he is) (?:drunk|wasted|passed out|asleep)",
  "(?:drinks?|shots?|pour(?:ing)?|cocktails?|rounds?|wine|tequila|booze|margaritas?|top (?:her|him) up|get (?:her|him) drunk)[^.!?\\n]{0,30}(?:(?:until|till|'?til) (?:she|he|your date|they) (?:says?|said) yes|(?:and|then|so) (?:she|he|your date)(?:(?:'ll| will) (?:say yes|come home with you|be easy)| (?:won'?t|can'?t|will not|cannot) (?:say no|refuse)))",
  "(?:she|he|they|your date)(?:'ll| will)? (?:won'?t|will not|doesn'?t|didn'?t) (?:even )?remember saying no", '(?:too )?(?:drunk|wasted) to (?:consent|remember saying no)',
  "unlike (?:some people|some girls|some guys|certain people|her|him|your (?:date|ex|girlfriend|boyfriend|wife|husband|missus|sister|mum|mom|mother-in-law))[^.!?\\n]{0,40}(?:goes? down|went down|swallows?|(?:is|are) easy|puts? out|says? yes|never says? no|won'?t say no)",
  "(?:goes?|went) down (?:so |real |really |nice and )?(?:smooth(?:ly)?|easy|easily|nicely)[^.!?\\n]{0,20}unlike (?:some people|some girls|certain people|her|him|your (?:date|ex|girlfriend|boyfriend|wife|husband|missus|sister|mum|mom))",
  "drunk (?:drive|driving)(?: is)? (?:fun|ok|okay)", 'one more for the road', 'kill yourself', 'kys',
  'go die', 'hope you die',
];

/**
 * Threats: violence in a joke aimed at someone. `soft` ones are said kindly every day ("it'll all be
 * over soon", "close your eyes and picture Bali", "no te resistas a nuestras ofertas"): a threat only
 * beside a weapon emoji or said to an animal or a mascot, named right beside it ("Shhh, little lamb,
 * it'll all be over soon"; not "it'll all be over soon, and the turkey will be worth it").
 * `hard` ones are a threat beside a weapon, an animal or an @handle ("watch your back @rival"); alone
 * they are copy ("We know where you live: free delivery", "watch your back: posture tips").
 */
export const menace = {
  soft: [
    "(?:it'?ll|it will) (?:all )?be over (?:soon|quickly|in a (?:second|minute|moment))",
    // A hush alone is a secret ("Shhh, the sale starts early"); before "close your eyes" it is the butcher's joke.
    "shh+[.…,!]* (?:\\S+ ){0,3}?(?:close your eyes|don'?t (?:struggle|scream|cry)|go to sleep)",
    "don'?t (?:struggle|scream|resist|fight it)", 'stop struggling', "this won'?t hurt(?: a bit)?", "you won'?t feel a thing",
    "(?:we'?re|we are|i'?m) coming for you", 'your time has come', 'nowhere to (?:run|hide)', '(?:better )?run while you (?:still )?can', 'had it coming',
    'bye[- ]bye', 'say goodbye', 'sleep tight', 'sweet dreams',
  ],
  hard: [
    'we know where you live', 'watch your back', "you(?:'?re| are) (?:so |already )?dead", 'dead meat', 'say your prayers',
    'your days are numbered', 'sleep with the fishes', '(?:nobody|no one) (?:will|can) hear you scream', "you(?:'?re| are) next",
    'rest in pieces', "(?:we'?ll|we will|i'?ll|i will|gonna|going to|about to) (?:kill|murder|stab|strangle|slaughter|bury|gut|behead|choke|end) (?:you|him|her|them|@\\w+)",
  ],
};

/** Animals and mascots a threat can be aimed at (a food animal in a butcher's joke, a rival's mascot). */
export const menaceTargets: string[] = [
  '(?:little |poor |cute |sweet )?(?:lambs?|piggy|piggies|pigs?|piglets?|bunny|bunnies|rabbits?|chicks?|chickens?|turkeys?|cows?|calf|calves|goats?|ducks?|ducklings?|deer|bambi|lobsters?|crabs?|puppy|puppies|kittens?|kitty|hens?|geese|goose|oysters?|mascots?)',
];

// Contempt for people, from an account: a group named by a word of scorn ("these truth twisters",
// "what a bunch of clowns", "can you imagine having to work with these people?"), or a label for
// people beside a word of scorn ("pathetic arguments from lefty tweeters", "remoaners are so
// deluded"). A word of scorn alone is a review's or a critic's ("'mediocre', said one review"), and
// a label alone is news ("tweeters react to the final").
/** Words of scorn for people that name nothing else: enough behind "these" or "such". Not the
 * swearwords and insults the offensive rule reads, nor "crooks" or "scammers", a bank's warning. */
const SCORN =
  "(?:idiots|fools|imbeciles|halfwits|half-wits|nitwits|dimwits|numpties|buffoons|cretins|dunces|simpletons|liars|hypocrites|cowards|grifters|charlatans|cranks|nutjobs|nutters|crybabies|whingers|whiners|know-it-alls|keyboard warriors|armchair (?:experts|critics|generals)|(?:truth|fact|word|spin)[- ]?(?:twisters|benders)|spin doctors|snake oil salesmen|degenerates|lowlifes|philistines|ingrates|sheeple|plebs)";
/** Scorn for people that is also a literal word (a party's clowns, a farm's sheep, last season's
 * losers): only behind "what a bunch of" or "this lot of", never "these" alone. */
const FIGURATIVE = '(?:clowns|jokers|amateurs|losers|muppets|sheep|animals|dinosaurs|children|babies|snowflakes|zealots|fanatics|lunatics|maniacs)';
// Not "don't be such cowards, try the hot sauce" (a dare), "a bunch of amateurs built this in a
// garage" (a story) nor "you fools thought we forgot?" (a joke).
const GROUP = '(?:these|those|(?<!be )such|all (?:these|those)|the likes of|(?:what|such) (?:a )?(?:bunch|load|pack|gang|lot|band) of|(?:this|that) (?:bunch|lot|pack|gang|band) of)';
const HEAP = '(?:(?:what|such) (?:a )?(?:bunch|load|pack|gang|lot|band) of|(?:this|that) (?:bunch|lot|pack|gang|band) of)';
/** Labels for people online and in politics. */
const LABEL =
  "(?:tweeters|twitter users|commenters|voters|fans|supporters|followers|critics|protesters|protestors|activists|lefties|leftists|libs|liberals|conservatives|tories|trumpers|remainers|remoaners|brexiteers|boomers|millennials|zoomers|vegans|influencers|karens|snowflakes|normies|haters|wokies|woke (?:crowd|mob|brigade)|keyboard warriors|trolls)";
/** Words of scorn for what people are. */
const SNEER =
  '(?:pathetic|mediocre|brainless|clueless|deluded|delusional|moronic|idiotic|gullible|brain-?dead|spineless|whiny|whiney|deranged|insufferable|dim-?witted|half-?witted|feeble-?minded|simple-?minded|small-?minded|narrow-?minded|ignorant|irrational|stupid|dumb|lamentable|laughable)';
const TALK = '(?:arguments?|logic|reasoning|comments|takes|opinions|excuses|whining|moaning|level|intellect|iq|talking points|rants?|drivel|nonsense|meltdowns?|tantrums?)';
export const contempt = {
  group: [
    `${GROUP} (?:[\\w-]+ )?${SCORN}`,
    `${HEAP} (?:[\\w-]+ )?${FIGURATIVE}`,
    // A burden: not "imagine working with these people? We're hiring!"
    `(?:can you |just )?imagine (?:(?:having|trying|being forced) to (?:work|deal|live|put up|argue|reason|talk)|dealing|putting up|arguing|reasoning) with (?:these|those|such) (?:[\\w-]+ )?(?:people|folks|types|lot|guys|${FIGURATIVE})`,
  ],
  labelled: [
    // Said with emphasis: "remoaners are so deluded", not "voters are irrational, says a study", nor
    // "fans are ignorant of the rules" (what they don't know).
    `${LABEL} (?:are|were|seem|sound|look|remain) (?:(?:so|such|just|all|totally|completely|utterly|really|truly|incredibly|absolutely|beyond) ){1,2}(?:an? )?${SNEER}(?! (?:of|about|on|when|to|that|for))`,
    `(?:so|such|how|these|those|all these|all those) ${SNEER} (?:[\\w-]+ )?${LABEL}`,
    `${SNEER} ${TALK} (?:of|from) (?:(?:the|these|those|some|all|so many) )?(?:[\\w-]+ )?${LABEL}`,
  ],
  /** A label and a sentence of nothing but scorn after it ("…lefty tweeters. Pathetic and irrational."). */
  label: [LABEL],
  sneer: SNEER,
  /** Banter: the same words said with love ("we love these idiots"). */
  fondness: ['love', 'loved', 'adore', 'proud', 'legends', 'heroes'],
};
