// The MV3 service worker: the review engine runs here, never in the page.
import browser, { type Runtime } from 'webextension-polyfill';
import { onAlarm } from './crisis-reminder';
import { refreshManagedMirror } from './policy-store';
import { route } from './router';
import { warmUp } from './warm-up';

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

// After the listeners are in place, so a message that arrives meanwhile is queued, not lost.
setTimeout(warmUp, 0);
