// Screenshots of the options page and the popup for the README, from the built extension with demo
// data (a made-up airline's team). Run after `npm run build`:
//   npx tsx scripts/screenshots.ts
// Writes docs/options.png, docs/options-dark.png, docs/popup.png, and the overlay as a person meets
// it on x.com: docs/overlay.png (a risky reply), docs/overlay-dark.png, docs/overlay-crisis.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, OverlayProbe, openX, seedStorage, setText, type Session } from '../tests/e2e/harness';

const DOCS = join(import.meta.dirname, '../docs');
const DAY = 86_400_000;
const now = Date.now();
const iso = (msAgo: number) => new Date(now - msAgo).toISOString();
const inDays = (days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);

const POLICY = {
  version: 1,
  accounts: [
    {
      platform: 'x',
      id: '@nimbusair',
      kind: 'brand',
      label: 'Nimbus Air',
      mode: 'every-post',
      crisis: { topic: 'Flight NA212 emergency landing', terms: ['NA212', 'emergency landing'], until: inDays(3) },
    },
    { platform: 'linkedin', id: 'Nimbus Air', kind: 'brand', mode: 'guard' },
    { platform: 'x', id: '@alice_dev', kind: 'personal', mode: 'guard' },
  ],
  watchlist: [{ term: 'hurricane', note: 'Storm season in the Caribbean' }],
  blockedTerms: [
    { term: 'Project Falcon', note: 'Unannounced route: embargoed until the press release' },
    { term: 'cheapest flights', note: 'Legal: no superlatives on price' },
  ],
  allowedTerms: ['Nimbus'],
  brandDomains: ['nimbusair.example'],
  rules: { 'hashtag-case': { enabled: false } },
};

const SEEN = [
  { platform: 'x', id: '@nimbusair', firstSeen: iso(30 * DAY), lastSeen: iso(20 * 60_000), asked: true },
  { platform: 'facebook', id: 'Nimbus Air Fans', firstSeen: iso(2 * DAY), lastSeen: iso(2 * DAY), asked: true },
];

const UNREADABLE = [{ platform: 'facebook', kind: 'comment', missing: ['editor'], path: '/groups/travel', count: 2, lastSeen: iso(3 * DAY) }];

type Entry = Record<string, unknown>;
const entry = (minutesAgo: number, e: Entry): Entry => ({ at: iso(minutesAgo * 60_000), context: 'post', mode: 'guard', findings: [], ...e });
const JOURNAL: Entry[] = [
  entry(60 * 30, { platform: 'x', account: '@nimbusair', verdict: 'caution', action: 'posted-anyway', findings: [{ rule: 'unverified-claim', category: 'unverified-claim', severity: 'warning', excerpt: 'the best' }], text: 'The best legroom in Europe, now on every route.' }),
  entry(60 * 26, { platform: 'x', account: '@nimbusair', verdict: 'caution', action: 'posted-anyway', findings: [{ rule: 'unverified-claim', category: 'unverified-claim', severity: 'warning', excerpt: 'fastest' }] }),
  entry(60 * 22, { platform: 'linkedin', account: 'Nimbus Air', verdict: 'caution', action: 'posted-anyway', findings: [{ rule: 'unverified-claim', category: 'unverified-claim', severity: 'warning', excerpt: 'number one' }] }),
  entry(60 * 20, { platform: 'x', account: '@nimbusair', verdict: 'caution', action: 'edited', findings: [{ rule: 'unverified-claim', category: 'unverified-claim', severity: 'warning', excerpt: 'guaranteed' }] }),
  entry(60 * 10, { platform: 'linkedin', account: 'Nimbus Air', verdict: 'caution', action: 'posted-anyway', findings: [{ rule: 'unverified-claim', category: 'unverified-claim', severity: 'warning', excerpt: 'unbeatable' }] }),
  entry(60 * 6, { platform: 'x', account: '@nimbusair', verdict: 'stop', action: 'edited', findings: [{ rule: 'placeholder', category: 'placeholder', severity: 'critical', excerpt: '{first_name}' }], text: 'Hi {first_name}, your trip to Lisbon is confirmed!' }),
  entry(90, { platform: 'x', account: '@alice_dev', verdict: 'clear', action: 'posted', context: 'reply', replyTo: '@jake_r', text: 'Thanks Jake, see you at the meetup!' }),
  entry(20, { platform: 'x', account: '@nimbusair', verdict: 'stop', mode: 'every-post', crisis: 'Flight NA212 emergency landing', action: 'edited', findings: [{ rule: 'crisis', category: 'crisis', severity: 'critical', excerpt: 'Fly with a smile' }], text: 'Fly with a smile this weekend: 20% off every route!' }),
  entry(12, { platform: 'x', account: '@nimbusair', verdict: 'clear', mode: 'every-post', crisis: 'Flight NA212 emergency landing', action: 'posted', text: 'Everyone on board NA212 is safe. Our team is with passengers and families in Porto. Updates here.' }),
];

/** Adds the demo entries to the journal from an extension page (same IndexedDB as the worker). */
async function seedJournal(page: Page, entries: Entry[]) {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('second-look', 1);
        // The same store the extension creates (src/background/journal.ts), should the page be first.
        open.onupgradeneeded = () => open.result.createObjectStore('journal', { keyPath: 'id', autoIncrement: true });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('journal', 'readwrite');
          tx.objectStore('journal').clear();
          for (const e of list) tx.objectStore('journal').add(e);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
}

async function seedTab(session: Session, tabId: number) {
  const worker = await session.worker();
  await worker.evaluate(
    ([key, status]) => (globalThis as any).chrome.storage.session.set({ [key as string]: status }),
    [`tab:${tabId}`, { platform: 'x', account: '@nimbusair', readable: true, at: iso(60_000) }] as const,
  );
}

/** The overlay over the x.com reply fixture, as the person sees it after pressing Reply. */
async function overlayShot(session: Session, text: string, file: string, scheme: 'light' | 'dark') {
  const page = await openX(session, 'reply-modal.html', '/compose/post');
  await page.setViewportSize({ width: 900, height: 720 });
  await page.emulateMedia({ colorScheme: scheme });
  await setText(page, '[role="dialog"] [data-testid="tweetTextarea_0"]', text);
  const overlay = await OverlayProbe.for(page);
  await page.click('[role="dialog"] [data-testid="tweetButton"]');
  await overlay.waitForDialog();
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(DOCS, file) });
  await page.close();
}

async function overlayShots(session: Session) {
  const brand = { platform: 'x', id: '@alice_dev', kind: 'brand', label: 'Nimbus Air' };
  const seen = [{ platform: 'x', id: '@alice_dev', firstSeen: iso(DAY), lastSeen: iso(DAY), asked: true }];
  await seedStorage(session, { policy: { version: 1, accounts: [brand] }, accountsSeen: seen });
  const reply = "@bob_builds Calm down, {first_name}. Delays happen, it's not the end of the world.";
  await overlayShot(session, reply, 'overlay.png', 'light');
  await overlayShot(session, reply, 'overlay-dark.png', 'dark');
  const crisis = { ...brand, crisis: { topic: 'Flight NA212 emergency landing', terms: ['NA212'] } };
  await seedStorage(session, { policy: { version: 1, accounts: [crisis] }, accountsSeen: seen, settings: { crisisCooldownSeconds: 10 } });
  await overlayShot(session, 'Fly with a smile this weekend: 20% off every route! 🎉', 'overlay-crisis.png', 'light');
}

async function main() {
  mkdirSync(DOCS, { recursive: true });
  const session = await launch();
  try {
    await seedStorage(session, { policy: POLICY, accountsSeen: SEEN, unreadable: UNREADABLE });
    const base = `chrome-extension://${session.extensionId}/src/ui`;

    const options = await session.context.newPage();
    await options.setViewportSize({ width: 1100, height: 1500 });
    await options.goto(`${base}/options/index.html`);
    await seedJournal(options, JOURNAL);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.reload();
      await options.getByRole('heading', { level: 2, name: 'Accounts' }).waitFor();
      await options.getByRole('article').first().waitFor();
      await options.screenshot({ path: join(DOCS, scheme === 'light' ? 'options.png' : 'options-dark.png') });
    }

    await seedTab(session, 1);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 340, height: 200 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.goto(`${base}/popup/index.html?tab=1`);
    await popup.getByRole('switch', { name: 'Crisis mode' }).waitFor();
    await popup.locator('.recent li').first().waitFor();
    await popup.screenshot({ path: join(DOCS, 'popup.png'), fullPage: true });
    console.log('wrote docs/options.png, docs/options-dark.png, docs/popup.png');

    await overlayShots(session);
    console.log('wrote docs/overlay.png, docs/overlay-dark.png, docs/overlay-crisis.png');
  } finally {
    await session.close();
  }
}

await main();
