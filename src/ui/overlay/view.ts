// What the overlay shows: the draft as read at the moment of sending, and the review's answer, or
// why there is none.
import type { Draft } from '../../core/types';
import type { ReviewAnswer } from '../../shared/messages';

export interface OverlayView {
  draft: Draft;
  answer?: ReviewAnswer;
  /** Set when the review could not run: the person is told and can still post. */
  unavailable?: string;
}

export type AccountKindAnswer = 'brand' | 'personal' | 'skip';

export interface OverlayActions {
  /** Back to the editor; the draft stays exactly as it was. */
  onEdit(): void;
  /** Release the post, once. */
  onPost(): void;
  /** The page is going away with the overlay open: nothing is posted. */
  onLeave(): void;
  /** The answer to the first-time question; resolves with the review redone under the new policy. */
  onAnswerKind(kind: AccountKindAnswer): Promise<OverlayView | undefined>;
}
