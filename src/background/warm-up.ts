// The first review in a fresh worker pays for compiling every rule's patterns (V8 compiles a regex
// at its first use: tens of milliseconds for the big lexicons). Pay it right after start-up, on a
// made-up draft, so the person's first Post is as fast as the next.
import { EMPTY_POLICY } from '../core/policy/types';
import { review } from '../core/review';
import type { DraftContext } from '../core/types';

const SAMPLE =
  'Hi {first_name}! Only today: 20% off with code SPRING25, guaranteed the best in the world. ' +
  'RT to win; our thoughts are with everyone affected. Join us Tue 12/7 at https://example.com/x 🎉';

/** How long after start-up the warm-up runs (ms). */
export const WARM_UP_AFTER_MS = 150;

export function warmUp(): void {
  const now = new Date();
  for (const context of ['post', 'reply'] as DraftContext[]) {
    review({ text: SAMPLE, platform: 'x', context, account: '@warm-up' }, EMPTY_POLICY, now);
  }
}
