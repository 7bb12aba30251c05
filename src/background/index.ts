// The MV3 service worker: the review engine runs here, never in the page.
import browser, { type Runtime } from 'webextension-polyfill';
import { onAlarm } from './crisis-reminder';
import { refreshManagedMirror } from './policy-store';
import { clearTabStatus } from './tab-status';
import { route } from './router';
import { WARM_UP_AFTER_MS, warmUp } from './warm-up';

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  // Returning undefined (not a promise) leaves the message unanswered: we ignore what is not ours.
  return route(msg, sender, browser.runtime.id);
});

browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));

// A team's pushed policy can change at any time; keep the fast copy the reviews read up to date.
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') void refreshManagedMirror();
});
void refreshManagedMirror();

// What the popup knows about a tab goes with the tab.
browser.tabs.onRemoved.addListener((tabId) => void clearTabStatus(tabId).catch(() => undefined));

// A little after start-up: the message that woke the worker (a review, or the wake sent when a
// composer gets focus) is answered first, and the person's Post finds the engine warm.
setTimeout(warmUp, WARM_UP_AFTER_MS);
