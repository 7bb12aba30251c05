// The policy's allowedTerms: words the team has decided are fine (a brand name that looks like a
// typo, a product called "Confidential Blend", the team's own hashtag). A finding that falls inside
// an allowed term is dropped. Rules call `dropAllowed`; the engine can apply the same to every rule.
import type { Policy } from '../policy/types';
import { phraseMatcher, type PhraseMatch } from './phrases';

const matchers = new WeakMap<readonly string[], (text: string) => PhraseMatch[]>();

// Terms may start or end with a non-word character (#hashtag, @handle, nimbusair.com): the
// whole-word edges of phraseMatcher then sit inside the term, which is what we want.
function matcherFor(terms: readonly string[]) {
  let m = matchers.get(terms);
  if (!m) {
    m = phraseMatcher(terms.map((t) => t.trim()).filter((t) => t.length > 0));
    matchers.set(terms, m);
  }
  return m;
}

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
