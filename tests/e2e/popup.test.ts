// The popup in the built extension, opened as a tab. It describes the active tab; a test's popup tab
// would be the active one, so the tests name the x.com tab with `?tab=<id>` (see popup-data.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE_SEEN, launch, OverlayProbe, openX, seedStorage, setText, type Session } from './harness';

const EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';
const BUTTON = '[role="dialog"] [data-testid="tweetButton"]';
const RISKY = 'Hi {first_name}, your trip to Lisbon is confirmed!';
const PAUSED = { topic: 'Lost luggage at MAD', terms: ['luggage'], until: '2099-01-31' };

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const worker = () => session.worker();
const storedPolicy = async () => (await worker()).evaluate(async () => (await (globalThis as any).chrome.storage.local.get('policy')).policy);
/** What the person did, per journal entry, read from the worker's IndexedDB. */
const journalActions = async () =>
  (await worker()).evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('second-look');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('journal').objectStore('journal').getAll();
          all.onsuccess = () => resolve(all.result.map((e: { action: string }) => e.action));
        };
      }),
  );
/** The ids of the tabs the worker recorded a status for (storage.session, keys "tab:<id>"). */
const statusTabs = async () =>
  (await worker()).evaluate(async () => Object.keys(await (globalThis as any).chrome.storage.session.get(null)).filter((k) => k.startsWith('tab:')));

async function openPopup(tab?: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setViewportSize({ width: 340, height: 560 });
  await page.goto(`chrome-extension://${session.extensionId}/src/ui/popup/index.html${tab ? `?tab=${tab}` : ''}`);
  await page.getByRole('heading', { level: 1, name: 'Second Look' }).waitFor();
  await page.getByRole('button', { name: 'Open the options' }).waitFor();
  return { page, errors };
}

/** A term and its description in the popup's facts list. */
const fact = (page: Page, term: string) => page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').textContent();

describe('the popup for an x.com tab', () => {
  let xPage: Page;
  let tab: string;

  beforeAll(async () => {
    await seedStorage(session, {
      ...ALICE_SEEN,
      policy: { version: 1, accounts: [{ platform: 'x', id: '@alice_dev', kind: 'brand', label: 'Alice at Nimbus', mode: 'guard', pausedCrisis: PAUSED }] },
    });
    // A real review in that tab: held, then the person goes back to edit.
    xPage = await openX(session, 'modal.html', '/compose/post');
    await setText(xPage, EDITOR, RISKY);
    const overlay = await OverlayProbe.for(xPage);
    await xPage.click(BUTTON);
    await overlay.waitForDialog();
    await overlay.click('Edit');
    // The journal records what the person did (expect.poll is not available in hooks).
    for (let i = 0; i < 50 && (await journalActions()).join() !== 'edited'; i++) await xPage.waitForTimeout(50);
    expect(await journalActions()).toEqual(['edited']);
    const tabs = await statusTabs();
    expect(tabs).toHaveLength(1);
    tab = tabs[0]!.slice('tab:'.length);
  });
  afterAll(async () => {
    await xPage?.close();
  });

  it('shows the site, the account, its mode, the composer and the latest reviews', async () => {
    const { page, errors } = await openPopup(tab);
    await page.locator('dl').waitFor();
    expect(await fact(page, 'Site')).toBe('X');
    expect(await fact(page, 'Account')).toBe('@alice_dev (Alice at Nimbus)');
    expect(await fact(page, 'Kind')).toBe('Brand');
    expect(await fact(page, 'Mode')).toBe('Guard (risky drafts only)');
    expect(await fact(page, 'Composer')).toBe('Read fine');
    expect(await page.getByRole('switch', { name: 'Crisis mode' }).isChecked()).toBe(false);
    const recent = page.getByRole('list').last();
    expect(await recent.textContent()).toMatch(/Stop\s*Edited · placeholder/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches crisis mode on (bringing back the paused crisis) and off again (keeping it)', async () => {
    const { page } = await openPopup(tab);
    const sw = page.getByRole('switch', { name: 'Crisis mode' });
    await sw.check();
    await expect.poll(async () => (await storedPolicy()).accounts[0]).toEqual({
      platform: 'x',
      id: '@alice_dev',
      kind: 'brand',
      label: 'Alice at Nimbus',
      mode: 'guard',
      crisis: PAUSED,
    });
    await expect.poll(() => page.getByText('On: Lost luggage at MAD').count()).toBe(1);
    expect(await fact(page, 'Mode')).toBe('Crisis mode (every post)');

    await sw.uncheck();
    await expect.poll(async () => (await storedPolicy()).accounts[0].pausedCrisis).toEqual(PAUSED);
    expect((await storedPolicy()).accounts[0].crisis).toBeUndefined();
    await expect.poll(() => sw.isChecked()).toBe(false);
    await page.close();
  });

  it("says when Second Look can't read the composer", async () => {
    // The site changed its markup: the Post button is there, the editor is not.
    await xPage.evaluate(() => document.querySelector('[role="dialog"] [data-testid="tweetTextarea_0"]')?.remove());
    await xPage.click(BUTTON);
    const { page } = await openPopup(tab);
    await expect.poll(() => fact(page, 'Composer')).toMatch(/^Second Look can't read this composer/);
    await page.close();

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/src/ui/options/index.html`);
    const diagnostics = options.getByRole('region', { name: 'Diagnostics' });
    await expect.poll(() => diagnostics.textContent()).toContain("Second Look can't read this composer");
    expect(await diagnostics.getByRole('row').count()).toBe(2);
    await options.close();
  });
});

describe('the popup anywhere else', () => {
  it('says nothing was seen in its tab, and opens the options page', async () => {
    const { page, errors } = await openPopup();
    await page.getByText('Nothing seen in this tab yet.').waitFor();
    const [options] = await Promise.all([session.context.waitForEvent('page'), page.getByRole('button', { name: 'Open the options' }).click()]);
    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${session.extensionId}/src/ui/options/index.html`);
    expect(errors).toEqual([]);
    await options.close();
  });

  it('renders in light and dark without errors', async () => {
    const { page, errors } = await openPopup();
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await bg();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await bg();
    expect(light).toBe('rgb(245, 247, 249)');
    expect(dark).toBe('rgb(11, 13, 16)');
    expect(errors).toEqual([]);
    await page.close();
  });
});
