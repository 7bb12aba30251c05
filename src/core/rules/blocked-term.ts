// The team's blocked terms (policy.blockedTerms): unannounced code names, retired slogans, words the
// brand never uses. Matched like every policy term (text/terms): whole words, any case, also inside
// or run together in a hashtag (#ProjectFalcon, #FalconHeavy); the term's note is the reason given.
import { oncePer } from '../policy/once-per';
import type { TermNote } from '../policy/types';
import type { Rule } from '../rule';
import { termMatcher } from '../text/terms';

const matcherFor = oncePer((terms: readonly TermNote[]) => {
  const usable = terms.filter((t) => typeof t.term === 'string' && t.term.trim().length > 0);
  // "Project Falcon" also as #ProjectFalcon, project_falcon or Project-Falcon.
  const names = usable.map((t) => t.term.trim());
  return {
    match: termMatcher(names),
    notes: new Map(usable.map((t, i) => [names[i]!, t.note])),
  };
});

export const blockedTerm: Rule = {
  meta: {
    id: 'blocked-term',
    category: 'policy',
    severity: 'critical',
    description: "Terms on the team's blocked list, such as unannounced code names.",
  },
  check({ text, policy }) {
    const terms = policy.blockedTerms;
    if (!terms || terms.length === 0 || text.length === 0) return [];
    const { match, notes } = matcherFor(terms);
    return match(text).map((m) => {
      const note = notes.get(m.phrase);
      return {
        start: m.start,
        end: m.end,
        message: `"${text.slice(m.start, m.end)}" is on your team's blocked list${note ? `: ${note}` : ''}.`,
      };
    });
  },
};
