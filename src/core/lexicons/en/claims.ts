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
  // Conditions that miracle treatments promise to end. Not allergies or headaches: menus and
  // metaphors ("eliminates the headache of planning") name them all the time.
  '(?:back|neck|joint|knee|hip|shoulder|muscle|nerve|chronic|lower back) pain', 'sciatica', 'osteoarthritis', 'arthrosis',
  'fibromyalgia', 'varicose veins', 'spider veins', 'psoriasis', 'eczema', 'rosacea', 'asthma', 'ha?emorrhoids', 'tinnitus',
  'hair loss', 'baldness', 'alopecia', 'erectile dysfunction', 'impotence', 'incontinence', 'hypertension', 'herpes', 'cold sores',
  'tumou?rs?', 'cellulite', 'hernias?', 'ibs', 'irritable bowel(?: syndrome)?', 'bunions', 'cystitis', 'acid reflux', 'neuropathy', 'gout', 'osteoporosis', 'thyroid problems',
];

/** A farewell to what follows: with a health term right after it ("say goodbye to back pain"),
 * a cure claim. The term must come next and end its phrase: "no more flu jab queues" is not one. */
export const farewells: string[] = [
  // Each ends on a word: an entry cannot end in a space (matches end at a word's edge).
  'say goodbye to(?: (?:your|the|that|those|all|all your|all that))?', 'goodbye,?(?: to)?(?: (?:your|the))?', 'bye[- ]bye,?(?: to)?(?: your)?',
  'no more(?: (?:your|the))?', 'banish(?:es)?(?: (?:your|the))?', 'free (?:yourself )?from(?: (?:your|the))?', 'freedom from(?: (?:your|the))?',
  'live without(?: (?:your|the))?', 'end (?:your|the)', 'put an end to(?: (?:your|the))?', 'eliminates? (?:your|the)', 'get rid of(?: (?:your|the))?',
];
/** Words that may follow the term of a farewell: "no more back pain, naturally". */
export const afterFarewell: string[] = ['and', 'or', 'with', 'in', 'for', 'forever', 'naturally', 'today', 'now', 'without', 'just', 'once', 'thanks', 'finally', 'at'];
/** Promises that, with a health term anywhere in the post, make it a cure claim: no surgery, a fixed
 * number of sessions ("fix your knee pain without surgery, in just 3 sessions"). */
export const healthPromises: string[] = [
  // Not "no needles" (a nasal flu vaccine) nor "without medication" (a dietitian's tips): only surgery.
  'without (?:surgery|an operation|an op|going under the knife)', 'no (?:surgery|operation|scalpel)(?: (?:needed|required|necessary))?', 'surgery[- ]free',
  'in (?:just |only )?(?:\\d+|one|two|three|four|five|six) (?:sessions?|treatments?|applications?|visits?)',
  'from the (?:very )?first (?:session|treatment|application)', 'permanent (?:results|cure|relief)',
];
/** A hope or a cause, not a promise: "a world with no more cancer", "donate to end diabetes". */
// Read in the same pass as the verbs, so "find a cure for cancer" hides the verb "cure" it holds.
export const hopes: string[] = ['find(?:ing)? a cure', '(?:closer|close|step) to a cure', 'search for a cure', 'research', 'donat(?:e|ion|ions)', 'charity', 'fundrais(?:er|ing)', 'awareness', 'a world', 'the day (?:when|we)', 'future', 'together we'];

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
  // Returns no one can promise: an investment that doubles or pays a fixed rate every month.
  'guaranteed (?:gains|yields?|roi|payouts?)', '(?:double|triple|10x) (?:your|their) (?:money|investment|savings|crypto|bitcoin|capital)',
  '\\d+(?:[.,]\\d+)?\\s?% (?:monthly|weekly|daily|a month|a week|a day|per month|per week|per day) (?:returns?|profits?|gains|roi|yield|interest)',
  'returns? of (?:up to )?\\d+(?:[.,]\\d+)?\\s?% (?:a|per|every) (?:month|week|day)', "can'?t lose", 'no[- ]lose (?:investment|trade|bet)',
];

/** What speculation is about: crypto, tokens, presales. With a sales push or hype, an investment pitch. */
export const speculation: string[] = [
  'crypto(?:currency|currencies|s)?', 'bitcoin', 'btc', 'ethereum', 'eth', 'solana', 'altcoins?', 'meme ?coins?', 'shitcoins?',
  'nfts?', 'ico', 'ido', 'defi', 'staking', 'airdrop', 'web3', '(?:token|coin) (?:sale|presale|pre-sale|launch|listing)',
  '(?:our|the|this|new|my) (?:token|coin)', 'tokens?(?! of)', 'presale', 'pre-sale', 'penny stocks?', 'forex', 'trading signals',
];
/** Investing in general: with hype (not a plain sales push), an investment pitch. */
export const investing: string[] = ['invest(?:ing|ment|ments|ors?)?', 'portfolio'];
/** Hype about gains. */
export const hype: string[] = [
  'to the moon', 'going to moon', 'moon(?:ing)? soon', 'next (?:bitcoin|100x|1000x)', 'get in (?:early|now|before)', 'early (?:investors?|buyers?|holders?)',
  '(?:\\d+x|x\\d+) (?:gains|returns|potential|profits?|in (?:a|one|\\d+) (?:days?|weeks?|months?|years?))', '\\d{3,}x',
  '(?:huge|massive|insane|crazy) (?:gains|returns|profits|potential)', 'before (?:it|they|the price) (?:moons?|pumps?|explodes?|takes off|goes up)',
  'pump(?:ing)?', 'lambo', 'wagmi', 'dyor', 'not financial advice', 'ape in', 'buy the dip',
];
/** A sales push: a pitch only about speculation ("get yours before they sell out" is any shop's). */
export const pushes: string[] = [
  'get yours', 'grab yours', "before (?:they(?:'re| are)?|it(?:'s| is)?) (?:sold out|sell(?:s)? out|gone)", "before it'?s too late", "don'?t miss (?:out|this|it)",
  'last chance', 'buy (?:now|today|yours)', 'invest (?:now|today)', 'limited (?:supply|spots)', 'only \\d+ left', 'join (?:the|our) presale',
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
  // Results before they are reported: a forecast of beating guidance, or a period's operating figure
  // ("monthly viewing exceeded 1 billion hours"). A running total ("1 million customers, thank you!")
  // is a milestone, not a result: only a monthly, quarterly or year-to-date figure counts.
  "(?:we will|we'?ll|we are going to|we'?re going to|we are on track to|we'?re on track to|we expect to) (?:beat|exceed|smash|crush|top|miss|hit|surpass|blow past) (?:our |the )?(?:quarterly |annual |full[- ]year |q[1-4] )?(?:guidance|estimates|forecasts?|consensus|numbers)",
  "(?:we will|we'?ll|we are going to|we'?re going to|we are on track to|we'?re on track to|we expect to) (?:beat|exceed|smash|crush|top|miss|surpass) (?:analysts'? |wall street'?s? |the street'?s? |market |quarterly |q[1-4] )(?:expectations|targets|estimates)",
  "(?:monthly|quarterly|this quarter'?s?|last quarter'?s?|q[1-4]|year[- ]to[- ]date|ytd|first[- ]half|h[12]) (?:\\p{L}+ ){0,2}(?:revenues?|sales|viewing|streaming|viewing hours|watch time|hours|subscribers|subscriptions|active users|users|bookings|orders|deliveries|gmv|profits?|earnings|ebitda|net income|margins?) (?:have |has )?(?:exceeded|surpassed|topped|passed|crossed|hit|reached|broke|beat|grew (?:to|past|by)|rose (?:to|past|by)|jumped (?:to|past|by)|(?:are|were|is|was) up) (?:\\p{L}+ )?(?:\\$|€|£)?\\d+(?:[.,]\\d+)?\\s?(?:%|billion|million|bn|mn|m)",
  // Wanting to buy another company, said in public.
  '(?:we|i think we|i still think we) (?:should|ought to|must|need to) (?:acquire|buy out|make an offer for|bid for|merge with)',
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

// Health claims about products the lists above do not name: a wellness product that "can help balance
// hormones", an oil that viruses "cannot live in the presence of", a bread that "won't make you fat".

/** Everyday verbs that claim a bodily effect only right before a body function or a condition ("lowers
 * cholesterol", not "lowers prices"): two words at most between them, in a post that sells something
 * or speaks of its own product. */
export const bodyVerbs: string[] = [
  'balances?', 'rebalances?', 'regulates?', 'normali[sz]es?', 'lowers?', 'reduces?', 'cleanses?', 'purif(?:y|ies)', 'flush(?:es)? out',
  'kills?', 'destroys?', 'neutrali[sz]es?', 'clears? up', 'calms?', 'soothes?', 'eases?',
];
/** Verbs that raise something: a claim only on a body function ("increases fertility"); on a condition
 * they tell a harm ("smoking increases cancer risk"). Read as `bodyVerbs` otherwise. */
export const raiseVerbs: string[] = [
  'restores?', 'improves?', 'increases?', 'enhances?', 'stimulates?', 'speeds? up', 'kick-?starts?', 'activates?', 'accelerates?', 'supports?',
];
/** Body functions a product claims to act on. A claim with any health verb, in a post that sells
 * something or speaks of its own product: "supports your metabolism" is a gym's slogan otherwise. */
export const bodyFunctions: string[] = [
  'hormones?(?: levels| balance)?', 'hormonal (?:balance|imbalances?|health|levels)', 'menstrual (?:cycles?|cramps|pain|flow)', 'period pains?', 'pms',
  'menopause(?: symptoms)?', '(?:uterine |pelvic organ |rectal )?prolapse', 'bladder control', 'fertility', 'libido', 'testosterone',
  'o?estrogen(?: levels)?', 'metabolism', 'blood (?:sugar|glucose|circulation|flow)(?: levels)?', 'insulin(?: levels)?', 'digestion',
  'gut (?:health|flora|bacteria)', 'leaky gut', 'bloating', 'liver', 'kidneys', 'colon', 'toxins', 'white blood cells', 'cortisol(?: levels)?',
];
/** Pathogens, which a product claims to kill or keep away. Read with `survivals`. */
export const pathogens: string[] = ['ebola', 'measles', 'pathogens?', 'microbes', 'parasites', 'fung(?:i|us)', 'candida', 'e\\.? ?coli', 'salmonella'];
/** "Viruses cannot live in the presence of…": with a pathogen or an infection before it, in the same
 * sentence, a claim that the product kills it. */
export const survivals: string[] = [
  "(?:cannot|can'?t|can not|won'?t|will not|do not|don'?t|does not|doesn'?t|are unable to|is unable to) (?:live|survive|thrive|grow|multiply|replicate|reproduce|exist)(?: for long| long)? (?:in the presence of|in contact with|on contact with|when exposed to|exposed to|alongside)",
];
/** Vaccines: a claim whose subject is a vaccine ("the flu jab helps prevent flu") is a pharmacy's or a
 * health service's, about an approved medicine. */
export const vaccines: string[] = [
  '(?:flu|covid(?:-19)?|hpv|mmr|shingles|pneumonia|rsv|whooping cough) (?:jabs?|shots?|vaccines?|vaccinations?|boosters?)',
  'vaccin(?:e|es|ated|ation|ations)', 'immuni[sz]ations?',
];
/** Who says it: a health claim reported from a study or an authority, in a post that sells nothing, is
 * a news share. */
export const attributions: string[] = [
  "says? (?:a |the )?(?:new |latest )?(?:study|research|review|trial|who|nhs|cdc|fda|ema|experts?|scientists|researchers|doctors)",
  '(?:study|trial|review) (?:finds|found|shows|showed|suggests|suggested)', 'studies (?:find|found|suggest)',
  '(?:new |recent |latest )research(?: (?:from|by|published|shows|suggests|finds|found))?', 'researchers (?:say|found|have found|at|from)',
  'scientists (?:say|found|have found|at|from)', 'published in', 'peer[- ]reviewed',
];
/** A sale: with a health claim made with everyday words, the claim is about what is sold. */
export const sales: string[] = [
  'shop', 'buy', 'order(?: (?:yours|now|today|online|here|it|them))', 'message me', 'dm (?:me|us) (?:to|for)', 'in stock', 'available (?:now|at|in|online|from)',
  'on sale', '\\d+\\s?% off', 'free (?:shipping|delivery)', '(?:use|with) (?:my |our )?(?:code|discount code|promo code)', 'link in (?:my )?bio',
  'add to (?:cart|basket)', 'pre-?order', 'only (?:\\$|£|€)\\d+', '(?:\\$|£|€)\\d+(?:[.,]\\d{2})?',
];

/** Weight promises: "won't make you fat". With a product of one's own before it in the sentence, or a
 * sale, a claim no food may make; a fixed loss in a fixed time is one on its own. */
export const weightPromises: string[] = [
  "(?:won'?t|will not|doesn'?t|does not|don'?t|do not|never) make(?:s)? you (?:fat|fatter|gain weight|put on weight|put on (?:a )?(?:pound|kilo|ounce))",
  "you (?:won'?t|will not|don'?t|do not|never) (?:gain|put on) (?:any )?(?:weight|a (?:single )?(?:pound|kilo|ounce|gram))",
  'helps? you (?:to )?(?:lose weight|burn fat|slim down)', 'melts? away (?:belly |body |stubborn )?fat', 'fat[- ]burning (?:tea|coffee|pills?|supplements?|capsules?|drink|gummies)',
];
/** A fixed weight loss in a fixed time: a claim on its own. */
export const weightLosses: string[] = [
  'lose (?:up to )?\\d+(?:[.,]\\d+)? ?(?:kg|kgs|kilos|lbs?|pounds|stone) in (?:just |only )?(?:\\d+|a|one|two|three|four) (?:days?|weeks?|months?)',
];
/** Promises to people with an allergy or coeliac disease: a warning next to another promise or a
 * guarantee (a bakery's "suitable for coeliacs, won't make you fat, guaranteed"), a hint on their own,
 * nothing when the post names a certification. */
export const allergenPromises: string[] = [
  'suitable for (?:coeliacs|celiacs|people with (?:coeliac|celiac) disease|(?:people with )?(?:nut|peanut|gluten|dairy|milk|egg) allergies|allergy sufferers)',
  'safe for (?:coeliacs|celiacs|people with (?:coeliac|celiac) disease|(?:people with |anyone with )?(?:an? )?(?:nut|peanut|gluten|dairy|milk|egg)? ?allerg(?:y|ies)|allergy sufferers)',
  '(?:100\\s?%|completely|totally|entirely) (?:gluten|nut|peanut|allergen|dairy|lactose)[- ]free', 'allergen[- ]free', 'no (?:risk of )?cross[- ]contamination',
];
/** A certification or a careful disclaimer: allergen wording next to it is a statement of fact. */
export const allergenCertifications: string[] = [
  'certified', 'accredited', 'coeliac uk', 'crossed grain', 'may contain', 'traces', 'cannot guarantee', "can'?t guarantee", 'ask (?:our )?staff',
];

// Company results before they are published: an executive's "Board meeting. Good numbers = happy board."
/** A board meeting, a call with the board, or the closing of a period's accounts: where an executive
 * sees the results before they are published. */
export const boardMeetings: string[] = [
  'board meetings?', 'board (?:call|dinner|pack|deck|presentation|update)', '(?:meeting|call|dinner) with (?:the|our) board',
  '(?:met|meeting) (?:with )?the board', 'closing the (?:books|quarter)', '(?:quarter|month|year)[- ]end close', 'earnings (?:prep|call prep)',
  '(?:prepping|preparing) for (?:the |our )?earnings(?: call)?',
];
/** How the numbers came out. With a board meeting in the post, a result told before it is published. */
export const resultVerdicts: string[] = [
  '(?:good|great|strong|solid|record|amazing|fantastic|excellent|stellar|blowout|terrible|bad|awful|weak|poor|disappointing|ugly|rough|brutal) (?:numbers|figures|quarter|results|sales|q[1-4])(?! of| from| at| for the (?:event|race|run|match|game|show))',
  '(?:numbers|figures|results|sales) (?:are|were|look|looked|looking|came in|coming in) (?:\\p{L}+ )?(?:good|great|strong|solid|amazing|fantastic|excellent|terrible|bad|awful|weak|poor|disappointing|ugly)',
  'happy board', '(?:beat|made|hit|missed|smashed|crushed) (?:the|our) (?:numbers|targets|plan|budget|forecast)',
];
