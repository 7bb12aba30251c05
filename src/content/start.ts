// The content script's body, shared by the three sites' entries (x.iife.ts, facebook.iife.ts,
// linkedin.iife.ts: each page carries only its own site's adapter). It reads the page, never writes
// into the site's editor, and sends drafts to the worker only (nothing leaves the browser).
import type { SiteAdapter } from '../sites/adapter';
import { startInterceptor } from './interceptor';
import { t } from '../ui/i18n';
import { showNotice } from './notice';
import { showOverlay } from './overlay-host';
import { callWorker, extensionAlive } from './worker-client';

/** How long a review may take before the person is told and offered to post anyway. */
const REVIEW_DEADLINE_MS = 1500;

export function start(adapter: SiteAdapter) {
  if (!adapter.hosts.includes(location.hostname)) return;
  startInterceptor(adapter, {
    review: (draft, replaces) => callWorker('review', replaces === undefined ? draft : { ...draft, replaces }, REVIEW_DEADLINE_MS),
    wake: () => void callWorker('wake', null, REVIEW_DEADLINE_MS).catch(() => undefined),
    showOverlay,
    alive: extensionAlive,
    outcome: (reviewId, action) => void callWorker('outcome', { reviewId, action }, REVIEW_DEADLINE_MS).catch(() => undefined),
    setAccountKind: async (platform, id, kind) => {
      await callWorker('setAccountKind', { platform, id, kind }, REVIEW_DEADLINE_MS);
    },
    steppedAside: () => showNotice(t('notice_orphaned')),
    composerGone: () => showNotice(t('notice_composer_gone')),
    unreadable: ({ kind, missing }) => {
      showNotice(t('notice_unreadable'));
      void callWorker('reportUnreadable', { platform: adapter.platform, kind, missing, path: location.pathname }, REVIEW_DEADLINE_MS).catch(() => undefined);
    },
  });
}
