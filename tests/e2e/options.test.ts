// The options page in the built extension: import and export of the policy file, refusal of a bad
// file, the journal after a real review on x.com, "This was a mistake", a managed (enterprise)
// policy that locks its fields, and both colour themes.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE_SEEN, launch, OverlayProbe, openX, seedStorage, setText, type Session } from './harness';

const EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';
const BUTTON = '[role="dialog"] [data-testid="tweetButton"]';
const RISKY = 'Hi {first_name}, your trip to Lisbon is confirmed!';

/** A team's policy: a brand in crisis, a brand in every-post mode, a personal account; fields the page does not know. */
const POLICY = {
  version: 1,
  accounts: [
    {
      platform: 'x',
      id: '@nimbusair',
      kind: 'brand',
      label: 'Nimbus Air',
      mode: 'guard',
      crisis: { topic: 'Flight NA212 emergency landing', terms: ['NA212', 'emergency landing'], until: '2099-12-31' },
    },
    { platform: 'x', id: '@nimbus_deals', kind: 'brand', label: 'Nimbus Deals', mode: 'every-post' },
    { platform: 'x', id: '@alice_dev', kind: 'personal', mode: 'guard', teamNote: 'kept as it is' },
  ],
  watchlist: [{ term: 'hurricane', note: 'Storm season in the Caribbean' }],
  blockedTerms: [{ term: 'cheapest flights', note: 'Legal: no superlatives on price' }],
  allowedTerms: ['Nimbus'],
  brandDomains: ['nimbusair.example'],
  rules: { 'hashtag-case': { enabled: false }, length: { severity: 'info' } },
  team: 'Social desk',
};

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const optionsUrl = (s: Session) => `chrome-extension://${s.extensionId}/src/ui/options/index.html`;

/** Opens the options page and collects the page's errors (none are expected). */
async function openOptions(s = session): Promise<{ page: Page; errors: string[] }> {
  const page = await s.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(optionsUrl(s));
  await page.getByRole('heading', { level: 2, name: 'Accounts' }).waitFor();
  return { page, errors };
}

const storedPolicy = async (s = session) =>
  (await s.worker()).evaluate(async () => (await (globalThis as any).chrome.storage.local.get('policy')).policy);

const importFile = (page: Page, text: string, name = 'policy.json') =>
  page.getByLabel('Import policy', { exact: true }).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function exportPolicy(page: Page): Promise<unknown> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export policy' }).click()]);
  expect(download.suggestedFilename()).toBe('second-look-policy.json');
  return JSON.parse(readFileSync((await download.path())!, 'utf8'));
}

const account = (page: Page, name: string) => page.getByRole('group', { name });

describe('policy file', () => {
  it('imports a policy, shows it, and exports the same policy back', async () => {
    await seedStorage(session, ALICE_SEEN);
    const { page, errors } = await openOptions();
    await importFile(page, JSON.stringify(POLICY, null, 2));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Policy imported.' }).count()).toBe(1);
    expect(await storedPolicy()).toEqual(POLICY);

    // The page shows what was imported.
    const nimbus = account(page, '@nimbusair on X Crisis mode on');
    await expect.poll(() => nimbus.getByLabel('Crisis mode').isChecked()).toBe(true);
    expect(await nimbus.getByLabel('Crisis topic').inputValue()).toBe('Flight NA212 emergency landing');
    expect(await nimbus.getByLabel('Kind').inputValue()).toBe('brand');
    expect(await account(page, '@nimbus_deals on X').getByLabel('Mode', { exact: true }).inputValue()).toBe('every-post');
    expect(await page.getByLabel('hashtag-case on').isChecked()).toBe(false);
    expect(await page.getByLabel('Severity of length').inputValue()).toBe('info');

    expect(await exportPolicy(page)).toEqual(POLICY);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a bad file whole, naming the field, and the previous policy still applies', async () => {
    const { page } = await openOptions();
    const bad = { ...POLICY, watchlist: [], accounts: [POLICY.accounts[0], { platform: 'x', id: '@nimbus_deals', kind: 'company' }] };
    await importFile(page, JSON.stringify(bad), 'bad-policy.json');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not imported: accounts\[1\]\.kind: expected "brand" or "personal".*previous policy still applies/);
    expect(await storedPolicy()).toEqual(POLICY);
    expect(await exportPolicy(page)).toEqual(POLICY);

    await importFile(page, '{"version": 1, "accounts": [', 'truncated.json');
    await expect.poll(() => alert.textContent()).toMatch(/not imported: policy is not valid JSON/);
    expect(await storedPolicy()).toEqual(POLICY);
    await page.close();
  });

  it('saves an edit whole or not at all: crisis mode without a topic is refused, naming the field', async () => {
    const { page } = await openOptions();
    const deals = account(page, '@nimbus_deals on X');
    await deals.getByLabel('Crisis mode').check();
    const section = page.getByRole('region', { name: 'Accounts' });
    await section.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => section.getByRole('alert').textContent()).toMatch(/accounts\[1\]\.crisis\.topic: expected a topic/);
    expect(await storedPolicy()).toEqual(POLICY);

    await deals.getByLabel('Crisis topic').fill('Fare glitch');
    await deals.getByLabel('Crisis terms').fill('glitch, refund');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await storedPolicy()).accounts[1].crisis).toEqual({ topic: 'Fare glitch', terms: ['glitch', 'refund'] });

    // Rules: one switch and one severity, stored only where they differ from the shipped rule.
    await page.getByLabel('hashtag-case on').check();
    await page.getByLabel('Severity of offensive').selectOption('warning');
    await page.getByRole('region', { name: 'Rules' }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await storedPolicy()).rules).toEqual({ length: { severity: 'info' }, offensive: { severity: 'warning' } });

    // Put the team's policy back for the tests below.
    await importFile(page, JSON.stringify(POLICY));
    await expect.poll(() => storedPolicy()).toEqual(POLICY);
    await page.close();
  });
});

describe('journal', () => {
  /** A real review on x.com: the risky draft is held, the person presses Post anyway (or Edit). */
  async function reviewOnX(text: string, press: 'Post' | 'Edit') {
    const page = await openX(session, 'modal.html', '/compose/post');
    await setText(page, EDITOR, text);
    const overlay = await OverlayProbe.for(page);
    await page.click(BUTTON);
    await overlay.waitForDialog();
    await overlay.click(press);
    if (press === 'Post') await page.waitForFunction(() => (window as any).__posted.length > 0);
    await page.waitForTimeout(200); // the outcome message reaches the worker
    await page.close();
  }

  it('shows a review done on x.com, with its findings and what the person did', async () => {
    await reviewOnX(RISKY, 'Post');
    const { page, errors } = await openOptions();
    const entry = page.getByRole('article').filter({ hasText: '@alice_dev' }).first();
    await entry.waitFor();
    const text = await entry.textContent();
    expect(text).toContain('X');
    expect(text).toContain('Posted anyway');
    expect(text).toContain('placeholder');
    expect(text).toContain('{first_name}');
    await entry.getByText('Draft', { exact: true }).click();
    expect(await entry.textContent()).toContain(RISKY);

    // What people override, per rule: placeholder was flagged once and posted anyway once.
    const overrides = page.getByRole('table', { name: 'What people post anyway, per rule' });
    expect(await overrides.getByRole('row', { name: /placeholder/ }).textContent()).toMatch(/placeholder\s*1\s*1\s*100 %/);

    // Filters: nothing was edited yet; posted anyway finds it.
    await page.getByLabel('What was done').selectOption('edited');
    expect(await page.getByRole('article').count()).toBe(0);
    await page.getByLabel('What was done').selectOption('posted-anyway');
    expect(await page.getByRole('article').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"This was a mistake" becomes a blocked term that catches the next draft', async () => {
    const { page } = await openOptions();
    const entry = page.getByRole('article').filter({ hasText: 'Posted anyway' }).first();
    await entry.getByRole('button', { name: 'This was a mistake' }).click();
    await entry.getByLabel('What went wrong (a few words)').fill('Lisbon trips are not on sale yet');
    await entry.getByLabel('Word or phrase to catch next time').fill('Lisbon');
    expect(await entry.getByLabel('Add it to').inputValue()).toBe('blockedTerms');
    await entry.getByRole('button', { name: 'Save and learn from it' }).click();

    await expect.poll(async () => (await storedPolicy()).blockedTerms).toEqual([
      ...POLICY.blockedTerms,
      { term: 'Lisbon', note: 'Lisbon trips are not on sale yet' },
    ]);
    await expect.poll(() => entry.textContent()).toContain('Marked as a mistake: Lisbon trips are not on sale yet');
    expect(await entry.getByRole('button', { name: 'This was a mistake' }).count()).toBe(0);
    const blocked = page.getByRole('region', { name: 'Blocked terms' });
    await expect.poll(() => blocked.getByRole('textbox', { name: 'Term' }).last().inputValue()).toBe('Lisbon');

    // The next draft naming Lisbon is held for the blocked term, and the journal says so.
    await reviewOnX('Sunny weekend in Lisbon, anyone?', 'Edit');
    await page.reload();
    const next = page.getByRole('article').first();
    await next.waitFor();
    expect(await next.textContent()).toMatch(/Edited.*blocked-term.*Lisbon/s);
    await page.close();
  });

  it('exports the journal as CSV and JSON', async () => {
    const { page } = await openOptions();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export journal (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('second-look-journal.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^at,platform,account,context/);
    expect(lines.length).toBe(3);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export journal (JSON)' }).click()]);
    const entries = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['posted-anyway', 'edited']);
    expect(entries[0].mistake).toBe('Lisbon trips are not on sale yet');
    await page.close();
  });
});

describe('settings', () => {
  it('turning off the first-time question: a new account\'s clean post goes straight out', async () => {
    await seedStorage(session, {});
    const { page } = await openOptions();
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.getByLabel(/Ask once, at an account's first post/).uncheck();
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await session.worker()).evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings?.askAboutNewAccounts))
      .toBe(false);
    await page.close();

    const x = await openX(session, 'modal.html', '/compose/post');
    const overlay = await OverlayProbe.for(x);
    await setText(x, EDITOR, 'Good morning from Madrid! Where are you flying this weekend?');
    await x.click(BUTTON);
    await x.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await overlay.dialogName()).toBeUndefined();
    await x.close();
  });
});

describe('look', () => {
  it('renders in light and dark without errors', async () => {
    const { page, errors } = await openOptions();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    await page.emulateMedia({ colorScheme: 'light' });
    expect(luminance(await background())).toBeGreaterThan(200);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(luminance(await background())).toBeLessThan(40);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Second Look options');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('managed policy', () => {
  // Chromium reads enterprise policies from this directory; "3rdparty" carries an extension's
  // managed storage. It is machine-wide: keep the file only while the second browser starts.
  const DIR = '/etc/chromium/policies/managed';
  const FILE = `${DIR}/second-look-e2e.json`;

  it('locks the fields it sets; the others stay editable', async () => {
    const managed = { brandDomains: ['managed.example'], watchlist: [{ term: 'zq-managed-watch', note: 'from IT' }] };
    let second: Session | undefined;
    try {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(FILE, JSON.stringify({ '3rdparty': { extensions: { [session.extensionId]: managed } } }));
      second = await launch();
      expect(second.extensionId).toBe(session.extensionId);
      const read = await (await second.worker()).evaluate(() => (globalThis as any).chrome.storage.managed.get());
      expect(read).toEqual(managed);

      const { page } = await openOptions(second);
      const domains = page.getByRole('region', { name: 'Brand domains' });
      expect(await domains.getByText('Set by your organisation').count()).toBe(1);
      expect(await domains.getByRole('textbox', { name: 'Domain' }).inputValue()).toBe('managed.example');
      expect(await domains.getByRole('textbox', { name: 'Domain' }).isDisabled()).toBe(true);
      expect(await domains.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
      const watchlist = page.getByRole('region', { name: 'Watchlist' });
      expect(await watchlist.getByRole('textbox', { name: 'Term' }).inputValue()).toBe('zq-managed-watch');
      expect(await watchlist.getByRole('textbox', { name: 'Term' }).isDisabled()).toBe(true);
      // Not set by the organisation: still the person's to edit.
      const accounts = page.getByRole('region', { name: 'Accounts' });
      expect(await accounts.getByText('Set by your organisation').count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Blocked terms' }).getByRole('button', { name: 'Add' }).isDisabled()).toBe(false);
      // Export gives the policy in force: the organisation's fields on top of the person's.
      const exported = (await exportPolicy(page)) as Record<string, unknown>;
      expect(exported.brandDomains).toEqual(managed.brandDomains);
      expect(exported.watchlist).toEqual(managed.watchlist);
      await page.close();
    } finally {
      rmSync(FILE, { force: true });
      await second?.close();
    }
  });
});
