// Mounts the overlay in a closed shadow root at the top of the page: the site's CSS cannot break
// it, its CSS cannot leak, and page scripts cannot reach its buttons or read its findings.
import { h, render } from 'preact';
import css from '../ui/overlay/overlay.css?inline';
import { Overlay } from '../ui/overlay/Overlay';
import type { OverlayActions, OverlayView } from '../ui/overlay/view';

let closeCurrent: (() => void) | undefined;

export function showOverlay(view: OverlayView, actions: OverlayActions): boolean {
  closeCurrent?.();
  const host = document.createElement('second-look-overlay');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  shadow.append(style, mount);

  // Sites' modal focus traps watch focus moving out of their dialog and pull it back: keep focus
  // changes into and out of the overlay to ourselves while it is open.
  const guard = (e: Event) => {
    if (e.target === host) e.stopImmediatePropagation();
  };
  const focusEvents = ['focusin', 'focusout', 'focus', 'blur'] as const;

  let done = false;
  // Leaving the page with the overlay open posts nothing; the journal records it as left.
  const onPageHide = () => leave();
  // A page script (or a site re-rendering <html>) that removes the overlay must not leave the
  // post held for good: without this, every later click on the site's Post was swallowed. The
  // overlay counts as left, and the next click is held and reviewed again. Watches only the
  // children of <html>, only while the overlay is open.
  const removed = new MutationObserver(() => {
    if (!host.isConnected) leave();
  });
  const close = () => {
    removed.disconnect();
    render(null, mount);
    host.remove();
    for (const t of focusEvents) window.removeEventListener(t, guard, true);
    window.removeEventListener('pagehide', onPageHide);
    closeCurrent = undefined;
  };
  const once = (fn: () => void) => () => {
    if (done) return; // a double-click or a key held down acts once
    done = true;
    close();
    fn();
  };

  const leave = once(actions.onLeave);
  try {
    for (const t of focusEvents) window.addEventListener(t, guard, true);
    window.addEventListener('pagehide', onPageHide);
    document.documentElement.append(host);
    removed.observe(document.documentElement, { childList: true });
    const wrapped: OverlayActions = { ...actions, onEdit: once(actions.onEdit), onPost: once(actions.onPost), onLeave: leave };
    render(h(Overlay, { view, actions: wrapped }), mount);
    if (!host.isConnected) throw new Error('the overlay is not in the page');
  } catch {
    // Not shown: undo everything, so no listener can later act for this post; the caller releases it.
    done = true;
    close();
    return false;
  }
  closeCurrent = close;
  return true;
}
