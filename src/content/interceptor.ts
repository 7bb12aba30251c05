// Holds a post at the moment of sending, has it reviewed, and releases it exactly once, or not at
// all. Listens on window in the capture phase, ahead of the sites' own (React root) listeners.
import type { Draft, Platform } from '../core/types';
import type { Outcome, ReviewAnswer } from '../shared/messages';
import type { Composer, SiteAdapter, Unreadable } from '../sites/adapter';
import type { AccountKindAnswer, OverlayActions, OverlayView } from '../ui/overlay/view';

export interface InterceptorDeps {
  /**
   * Resolves with the worker's answer; rejects when the review cannot run (timeout, error, reload).
   * `replaces`: the journal entry a repeated review takes the place of.
   */
  review(draft: Draft, replaces?: number): Promise<ReviewAnswer>;
  /** Fire and forget: start a stopped worker before the person presses Post. */
  wake(): void;
  /** Shows the overlay; false when it cannot be shown (then the post is released, never swallowed). */
  showOverlay(view: OverlayView, actions: OverlayActions): boolean;
  /** A send went out unreviewed because the composer could not be read: tell the person, and the team. */
  unreadable(what: Unreadable): void;
  /** False once the extension was reloaded or updated under this page (its worker is gone for good). */
  alive(): boolean;
  /** Called once when the interceptor steps aside for good, so the site works as if we were not here. */
  steppedAside(): void;
  /** The composer was gone when the post was to be released: nothing was posted; tell the person. */
  composerGone(): void;
  /** What the person did with a reviewed post (fire and forget). */
  outcome(reviewId: number, action: Outcome): void;
  /** The first-time answer about an account: brand, personal, or not now. */
  setAccountKind(platform: Platform, id: string, kind: AccountKindAnswer): Promise<void>;
}

/** A woken worker stays up ~30 s; waking more often than this buys nothing. */
const WAKE_EVERY_MS = 10_000;

export interface Interceptor {
  stop(): void;
}

export function startInterceptor(adapter: SiteAdapter, deps: InterceptorDeps, win: Window = window): Interceptor {
  /** A held post is being reviewed, shown or released: further sends of it are swallowed. */
  let busy = false;
  /** True only while our own release click is being dispatched (synchronously): that click passes. */
  let releasing = false;

  function hold(event: Event, composer: Composer) {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (busy) return; // a double-click or a key held down: this post is already on its way
    busy = true;
    let draft: Draft;
    try {
      draft = { platform: adapter.platform, ...adapter.read(composer) };
    } catch {
      deps.unreadable({ kind: composer.kind, missing: ['text'] });
      return release(composer);
    }
    const decide = (view: OverlayView) => {
      const { answer } = view;
      const report = (action: Outcome) => {
        const id = view.answer?.reviewId;
        if (id !== undefined) deps.outcome(id, action);
      };
      // A clean post goes straight out (the worker journaled it as posted; say so if it could not be).
      if (!view.unavailable && answer?.verdict === 'clear' && answer.mode !== 'every-post' && !answer.askKind)
        return release(composer, (released) => released || report('left'));
      const actions: OverlayActions = {
        onEdit: () => {
          report('edited');
          busy = false;
          if (composer.editor.isConnected) composer.editor.focus();
        },
        onPost: () =>
          release(composer, (released) =>
            report(!released ? 'left' : view.answer && view.answer.verdict !== 'clear' ? 'posted-anyway' : 'posted'),
          ),
        onLeave: () => {
          report('left');
          busy = false;
        },
        onAnswerKind: async (kind) => {
          if (!draft.account) return undefined;
          await deps.setAccountKind(draft.platform, draft.account, kind).catch(() => undefined);
          if (kind === 'skip') return undefined;
          // Brand or personal changes what the rules look for: review again under the new policy, in
          // place of the first review's journal entry.
          const next = await deps.review(draft, view.answer?.reviewId).then((a) => ({ draft, answer: { ...a, askKind: false } }), () => undefined);
          if (next) view = next;
          return next;
        },
      };
      let shown = false;
      try {
        shown = deps.showOverlay(view, actions);
      } catch {
        shown = false;
      }
      if (!shown) release(composer);
    };
    deps.review(draft).then(
      (answer) => decide({ draft, answer }),
      (error: unknown) => decide({ draft, unavailable: error instanceof Error ? error.message : String(error) }),
    );
  }

  /**
   * Click the site's own button from a later task, letting that one click through. When the
   * composer is gone (the site closed it meanwhile) nothing can be posted: the person is told.
   */
  function release(composer: Composer, done?: (released: boolean) => void) {
    setTimeout(() => {
      let released = false;
      try {
        const button = adapter.resolveSubmit(composer);
        if (button && !adapter.isDisabled(button)) {
          releasing = true;
          button.click(); // dispatches synchronously: our own listener sees it while `releasing`
          released = true;
        }
      } catch {
        released = false; // an adapter that throws here must not leave the page blocked
      } finally {
        releasing = false;
        busy = false;
      }
      if (!released) deps.composerGone();
      done?.(released);
    }, 0);
  }

  /** A send the adapter knows but cannot read goes through untouched; the person and team are told. */
  function passUnreadable(event: Event) {
    const what = adapter.unreadable?.(event);
    if (what) deps.unreadable(what);
  }

  /** After a reload or update this script is an orphan: stop listening, let the site work normally. */
  function orphaned(): boolean {
    if (deps.alive()) return false;
    stop();
    deps.steppedAside();
    return true;
  }

  function onClick(event: MouseEvent) {
    // Our release (a script click, so untrusted). Compared by timing rather than by target: a button
    // inside a shadow root reaches window retargeted to its host.
    if (releasing && !event.isTrusted) return;
    const composer = adapter.composerForSubmit(event);
    if (!composer) return passUnreadable(event);
    if (!busy && adapter.isDisabled(composer.submit)) return; // a disabled button posts nothing
    if (!busy && orphaned()) return;
    hold(event, composer);
  }

  function onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return; // cheap first
    const composer = adapter.composerForEditor(event);
    if (!composer) return passUnreadable(event);
    if (!adapter.isSendKey(event, composer)) return;
    if (!busy && adapter.isDisabled(composer.submit)) return;
    if (!busy && orphaned()) return;
    hold(event, composer);
  }

  let lastWake = -Infinity;
  function onFocusIn(event: FocusEvent) {
    // A stopped MV3 worker takes 100–150 ms to start: start it now, not when Post is pressed.
    if (event.timeStamp - lastWake < WAKE_EVERY_MS || !adapter.composerForEditor(event) || orphaned()) return;
    lastWake = event.timeStamp;
    deps.wake();
  }

  function stop() {
    win.removeEventListener('click', onClick, true);
    win.removeEventListener('keydown', onKeydown, true);
    win.removeEventListener('focusin', onFocusIn, true);
  }

  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKeydown, true);
  win.addEventListener('focusin', onFocusIn, true);
  return { stop };
}
