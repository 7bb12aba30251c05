// After a post goes out in crisis mode, a reminder some minutes later: come back and see how the
// replies are going (crisis practice: watch how a response evolves).
import browser from 'webextension-polyfill';
import { entryById } from './journal';
import { loadSettings } from './settings-store';

const PREFIX = 'crisis-reminder:';

export async function scheduleCrisisReminder(reviewId: number): Promise<void> {
  const [entry, settings] = await Promise.all([entryById(reviewId), loadSettings()]);
  if (!entry?.crisis || settings.crisisReminderMinutes <= 0) return;
  await browser.alarms.create(`${PREFIX}${reviewId}`, { delayInMinutes: settings.crisisReminderMinutes });
}

export async function onAlarm(alarm: { name: string }): Promise<void> {
  if (!alarm.name.startsWith(PREFIX)) return;
  const entry = await entryById(Number(alarm.name.slice(PREFIX.length)));
  if (!entry) return;
  await browser.notifications.create(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: 'Second Look: how are the replies going?',
    message: `You posted${entry.account ? ` as ${entry.account}` : ''} during crisis mode (${entry.crisis}). Go back and read the replies before posting again.`,
  });
}
