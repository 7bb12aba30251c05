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

export interface OverlayActions {
  /** Back to the editor; the draft stays exactly as it was. */
  onEdit(): void;
  /** Release the post, once. */
  onPost(): void;
}
