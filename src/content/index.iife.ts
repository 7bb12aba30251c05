// The content script: one per tab on a supported site. It reads the page, never writes into the
// site's editor, and sends drafts to the worker only (nothing leaves the browser).
import { adapterForHost } from '../sites/index';
import { startInterceptor } from './interceptor';
import { showNotice } from './notice';
import { showOverlay } from './overlay-host';
import { callWorker, extensionAlive } from './worker-client';

/** How long a review may take before the person is told and offered to post anyway. */
const REVIEW_DEADLINE_MS = 1500;

const adapter = adapterForHost(location.hostname);
if (adapter) {
  startInterceptor(adapter, {
    review: (draft) => callWorker('review', draft, REVIEW_DEADLINE_MS),
    wake: () => void callWorker('wake', null, REVIEW_DEADLINE_MS).catch(() => undefined),
    showOverlay,
    alive: extensionAlive,
    steppedAside: () => showNotice('Second Look was updated or reloaded. Reload this tab to have your posts reviewed again.'),
    unreadable: ({ kind, missing }) => {
      showNotice("Second Look couldn't read this composer, so this post went out without a review.");
      void callWorker('reportUnreadable', { platform: adapter.platform, kind, missing, path: location.pathname }, REVIEW_DEADLINE_MS).catch(() => undefined);
    },
  });
}
