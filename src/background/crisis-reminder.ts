// After a post goes out in crisis mode, a reminder some minutes later: come back and see how the
// replies are going (crisis practice: watch how a response evolves).
import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';
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
    title: t('reminder_title'),
    message: t('reminder_body', entry.account ?? '', entry.crisis ?? ''),
  });
}
