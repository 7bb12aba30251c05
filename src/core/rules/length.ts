// Over the platform's limit, counted the platform's way. X weighs characters (links 23, emoji and
// CJK 2: see text/x-weighted-length); LinkedIn and Facebook count characters. A thread (draft.thread)
// is several posts joined by a blank line: each part is checked on its own.
import type { Report, Rule } from '../rule';
import { xWeightedLength } from '../text/x-weighted-length';
import type { DraftContext, Platform } from '../types';

/** Limits by platform and context (characters; X: weighted units). */
const LIMITS: Record<Platform, Partial<Record<DraftContext, number>> & { post: number }> = {
  x: { post: 280, reply: 280, comment: 280, message: 10_000 },
  linkedin: { post: 3_000, comment: 1_250, reply: 1_250, message: 8_000 },
  facebook: { post: 63_206, comment: 8_000, reply: 8_000 },
};

const NAMES: Record<Platform, string> = { x: 'X', linkedin: 'LinkedIn', facebook: 'Facebook' };

function measure(platform: Platform, part: string, limit: number): { length: number; overAt?: number } {
  if (platform === 'x') return xWeightedLength(part, limit);
  // Characters as people count them: code points, not UTF-16 units.
  let length = 0;
  let overAt: number | undefined;
  for (let i = 0; i < part.length; ) {
    length++;
    if (overAt === undefined && length > limit) overAt = i;
    i += (part.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  return overAt === undefined ? { length } : { length, overAt };
}

export const length: Rule = {
  meta: {
    id: 'length',
    category: 'length',
    severity: 'critical',
    description: "Posts over the platform's length limit, counted the way the platform counts them.",
  },
  check({ draft, text }) {
    const platform = draft.platform;
    const limit = LIMITS[platform]?.[draft.context] ?? LIMITS[platform]?.post;
    if (!limit) return [];
    // Cheap exit: a text of N UTF-16 units has at most N characters.
    if (platform !== 'x' && text.length <= limit) return [];
    const parts: [number, number][] = [];
    if (draft.thread) {
      let from = 0;
      for (const m of text.matchAll(/\n\n+/g)) {
        parts.push([from, m.index]);
        from = m.index + m[0].length;
      }
      parts.push([from, text.length]);
    } else {
      parts.push([0, text.length]);
    }
    const out: Report[] = [];
    const name = NAMES[platform];
    const unit = platform === 'x' ? 'characters as X counts them' : 'characters';
    parts.forEach(([a, b], k) => {
      const part = text.slice(a, b);
      const { length: n, overAt } = measure(platform, part, limit);
      if (overAt === undefined) return;
      const which = draft.thread && parts.length > 1 ? `Post ${k + 1} of this thread is` : 'This is';
      const cut = n - limit;
      out.push({
        start: a + overAt,
        end: b,
        message: `${which} ${n.toLocaleString('en')} ${unit}, over ${name}'s limit of ${limit.toLocaleString('en')}; the highlighted part will not fit.`,
        suggestion: `Shorten it by ${cut.toLocaleString('en')} character${cut === 1 ? '' : 's'}${platform === 'x' ? ' or split it into a thread' : ''}.`,
      });
    });
    return out;
  },
};
