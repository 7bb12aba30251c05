// The MV3 service worker: the review engine runs here, never in the page.
import browser, { type Runtime } from 'webextension-polyfill';
import { onAlarm } from './crisis-reminder';
import { route } from './router';

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  // Returning undefined (not a promise) leaves the message unanswered: we ignore what is not ours.
  return route(msg, sender, browser.runtime.id);
});

browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
