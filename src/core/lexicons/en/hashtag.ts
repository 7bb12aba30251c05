// Data for `hashtag-case`: a run-together hashtag that opens with a name the word list does not know
// (#fernhillharvestfest, #lumbrecoffeeweek) is split after the name only when the rest is two or more
// common words; these word endings are how a long dictionary word falls apart instead
// (inter-change-ability, disconso-late-ness), so a rest that starts or ends with one is not a split;
// and a name is never a combining form (micro-crystal-line, narco-traffic-king).
export const wordPieces: string[] = [
  'ally', 'ness', 'able', 'ably', 'ables', 'ability', 'abilities', 'less', 'ment', 'ments', 'mental', 'ship', 'ships', 'tion',
  'tions', 'ings', 'ling', 'lings', 'lies', 'fully', 'ates', 'ands', 'ages', 'pers', 'tries', 'dies', 'arse', 'hire', 'list',
  'lists', 'some', 'ence', 'ance', 'ious', 'eous', 'ical', 'ists', 'isms', 'ities',
];

/** Combining forms that make one word with what follows: never a name of their own. */
export const combiningForms: string[] = [
  'micro', 'macro', 'poly', 'crypto', 'narco', 'semi', 'inter', 'intra', 'multi', 'mono', 'auto', 'radio', 'hydro', 'electro', 'tele',
  'pseudo', 'proto', 'neuro', 'anti', 'over', 'under', 'super', 'hyper', 'ultra', 'mega', 'spectro', 'pyro', 'immuno', 'thermo', 'astro', 'cardio',
];
