// Mass mentions: a post that tags more than eight accounts reads as spam, and X may limit it.
// Counted on distinct @handles (an e-mail address is not a mention).
import type { Rule } from '../rule';
import { re } from '../text/letters';

const MENTION = re('gu')`(?<![\p{L}\p{N}_@.+-])@[A-Za-z0-9_]{1,30}(?![A-Za-z0-9_@]|\.[A-Za-z])`;
export const MAX_MENTIONS = 8;

export const massMention: Rule = {
  meta: {
    id: 'mass-mention',
    category: 'policy',
    severity: 'warning',
    description: 'Posts that tag more than eight accounts at once, which reads as spam.',
  },
  check({ text }) {
    if (!text.includes('@')) return [];
    const handles = new Set<string>();
    let first = -1;
    let last = -1;
    for (const m of text.matchAll(MENTION)) {
      handles.add(m[0].toLowerCase());
      if (first < 0) first = m.index;
      last = m.index + m[0].length;
    }
    if (handles.size <= MAX_MENTIONS) return [];
    return [
      {
        start: first,
        end: last,
        message: `This tags ${handles.size} accounts at once; it reads as spam and may be limited.`,
        suggestion: 'Tag only the few accounts the post is really about.',
      },
    ];
  },
};
