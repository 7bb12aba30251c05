// The policy's allowedTerms: words the team has decided are fine (a brand name that looks like a
// typo, a product called "Confidential Blend", the team's own hashtag). A finding that falls inside
// an allowed term is dropped. Rules call `dropAllowed`; the engine can apply the same to every rule.
import { oncePer } from '../policy/once-per';
import type { Policy } from '../policy/types';
import { alternationMatcher, type PhraseMatch } from './phrases';

// Terms may start or end with a non-word character (#hashtag, @handle, nimbusair.com): the
// whole-word edges of phraseMatcher then sit inside the term, which is what we want.
const matcherFor = oncePer((terms: readonly string[]) => alternationMatcher(terms.map((t) => t.trim()).filter((t) => t.length > 0)));

/** [start, end) ranges of the policy's allowed terms in text. */
export function allowedRanges(text: string, policy: Pick<Policy, 'allowedTerms'>): PhraseMatch[] {
  const terms = policy.allowedTerms;
  if (!terms || terms.length === 0) return [];
  return matcherFor(terms)(text);
}

/** Reports whose span lies inside an allowed term are dropped; reports without a span are kept. */
export function dropAllowed<T extends { start?: number; end?: number }>(
  text: string,
  policy: Pick<Policy, 'allowedTerms'>,
  reports: T[],
): T[] {
  if (reports.length === 0) return reports;
  const ranges = allowedRanges(text, policy);
  if (ranges.length === 0) return reports;
  return reports.filter((r) => {
    if (r.start === undefined) return true;
    const end = r.end ?? r.start;
    return !ranges.some((a) => r.start! >= a.start && end <= a.end);
  });
}
