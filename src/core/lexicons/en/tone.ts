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
    'read the (?:terms|t&cs|fine print|small print|faq|policy|rules|instructions)', 'read our (?:terms|policy|faq)',
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
    'rules are rules', "that'?s just how it is", 'sorry you feel that way', 'sorry if you (?:were|felt|feel) offended',
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
  ],
  mild: [
    'be patient', 'please be patient', 'per our policy', 'as per our policy',
    'unfortunately that is our policy', 'there is nothing we can do', "there'?s nothing we can do",
    'we are not responsible', 'not our responsibility', 'actually,? you', 'fake news', 'nice try',
  ],
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

/** Jokes that endorse harm: spiking drinks, non-consent, drink-driving, self-harm. */
export const harmfulJokes: string[] = [
  // "when they're not looking" only as part of doing something to someone's drink: on its own it is
  // ordinary mischief ("sneak an extra cookie when they're not looking").
  "spike (?:your|their|her|his|a|the|someone'?s|your \\w+'?s|your best friend'?s) (?:\\w+ )?(?:drink|drinks|eggnog|punch|coffee|cocktail|juice|soda|beer|wine)(?: when (?:they'?re|she'?s|he'?s) not looking)?",
  "slip (?:something|a little something|\\w+) (?:in|into) (?:her|his|their|your \\w+'?s) (?:drink|glass|coffee)(?: when (?:they'?re|she'?s|he'?s) not looking)?",
  'roofie', 'roofies', 'no means yes', 'without (?:her|their|his) consent',
  "drunk (?:drive|driving)(?: is)? (?:fun|ok|okay)", 'one more for the road', 'kill yourself', 'kys',
  'go die', 'hope you die',
];
