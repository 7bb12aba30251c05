// Faults, in real Chromium: nothing lost, nothing swallowed, nothing doubled. The worker stopped
// in the middle of a review, storage full or corrupted, a 100,000-character draft, Post anyway
// pressed twice or held down, the person leaving the page with the overlay open, two tabs at once.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ALICE_SEEN, clickToOverlayMs, launch, openX, OverlayProbe, posted, QUIET, seedStorage, setText, stopWorkersAndWait, textOf, watchOverlay, type Session } from './harness';

const EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';
const BUTTON = '[role="dialog"] [data-testid="tweetButton"]';
const RISKY = 'Hi {first_name}, your trip to Lisbon is confirmed!';
const CLEAN = 'Good morning from Madrid! Where are you flying this weekend?';
const SEEDED = { ...ALICE_SEEN, ...QUIET };

let session: Session;
beforeAll(async () => {
  session = await launch();
  await seedStorage(session, SEEDED);
});
afterAll(async () => {
  await session?.close();
});

async function compose(text: string) {
  const page = await openX(session, 'modal.html', '/compose/post');
  await setText(page, EDITOR, text);
  return { page, overlay: await OverlayProbe.for(page) };
}
const postedOnce = async (page: Page) => {
  await page.waitForFunction(() => (window as any).__posted.length > 0);
  await page.waitForTimeout(200);
  return posted(page);
};
const overlayOpen = (page: Page) => page.evaluate(() => document.querySelector('second-look-overlay') !== null);

/**
 * The worker, started again if a test stopped it: Playwright keeps the stopped worker's handle,
 * whose evaluate() then waits for a start that never comes. A message from an extension page starts it.
 */
let waker: Page | undefined;
async function liveWorker() {
  waker ??= await extensionPage();
  await waker.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ app: 'second-look', method: 'wake', params: null }));
  return session.worker();
}
const reseed = async (items: Record<string, unknown>) => {
  await liveWorker();
  await seedStorage(session, items);
};

interface Entry {
  id: number;
  action: string;
  text?: string;
  verdict: string;
}
/** The journal as the worker keeps it (IndexedDB "second-look", store "journal"). */
const journal = async (): Promise<Entry[]> =>
  (await liveWorker()).evaluate(
    () =>
      new Promise<Entry[]>((resolve, reject) => {
        const open = indexedDB.open('second-look');
        // Not there yet: leave it to the journal to create (an empty database here would lack its store).
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('journal')) return resolve([]);
          const req = db.transaction('journal').objectStore('journal').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as Entry[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
const lastEntry = async () => (await journal()).at(-1);

/** An extension page (the options page), where the extension's own storage is in reach. */
async function extensionPage(path = 'src/ui/options/index.html') {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

describe('the worker stopped', () => {
  it('in the middle of a review: the person is told and can post, once; the next post is reviewed again', async () => {
    // Hold the journal's store from an extension page with a transaction that never ends: the
    // worker's review runs the engine, then waits to write its journal entry. Stop it right there.
    const holder = await extensionPage();
    await holder.evaluate(() => {
      const open = indexedDB.open('second-look', 1);
      // (as src/background/journal.ts creates it, should this page be the first to open it)
      open.onupgradeneeded = () => open.result.createObjectStore('journal', { keyPath: 'id', autoIncrement: true });
      open.onsuccess = () => {
        const store = open.result.transaction('journal', 'readwrite').objectStore('journal');
        const spin = () => store.count().addEventListener('success', spin); // keeps the transaction alive
        spin();
      };
    });
    await holder.waitForTimeout(100);
    const { page, overlay } = await compose(RISKY);
    await page.click(BUTTON);
    await page.waitForTimeout(300);
    expect(await overlayOpen(page)).toBe(false); // still waiting for the worker
    await stopWorkersAndWait(page);
    await holder.close(); // ends the never-ending transaction
    const name = await overlay.waitForDialog(3000);
    console.log(`worker stopped mid-review: the overlay says "${name}"`);
    expect(name).toMatch(/^Second Look/);
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();

    const next = await compose(RISKY);
    await next.page.click(BUTTON);
    expect(await next.overlay.waitForDialog()).not.toMatch(/unavailable/);
    expect((await next.overlay.texts()).join(' ')).toContain('{first_name}');
    await next.overlay.click('Edit');
    await next.page.close();
  });

  it('in the middle of a clean post: it goes out once, straight or after "review unavailable"', async () => {
    const worker = await liveWorker();
    const busy = worker.evaluate(() => {
      const until = Date.now() + 2000;
      while (Date.now() < until);
    });
    busy.catch(() => undefined);
    const { page, overlay } = await compose(CLEAN);
    await page.click(BUTTON);
    await page.waitForTimeout(300);
    await stopWorkersAndWait(page);
    await page.waitForFunction(() => (window as any).__posted.length > 0 || document.querySelector('second-look-overlay'), null, { timeout: 3000 });
    if (await overlayOpen(page)) {
      expect(await overlay.waitForDialog()).toMatch(/unavailable/);
      await overlay.click('Post');
    }
    expect(await postedOnce(page)).toEqual([CLEAN]);
    await page.close();
  });
});

describe('storage', () => {
  afterEach(async () => {
    await reseed(SEEDED);
  });

  it('a corrupted saved policy and settings: defaults apply, the review still runs, the options page says so', async () => {
    await reseed({ ...SEEDED, policy: '{"version": 1, "accounts": [', settings: 'garbage', accountsSeen: { not: 'a list' }, unreadable: 42 });
    const { page, overlay } = await compose(RISKY);
    await page.click(BUTTON);
    expect(await overlay.waitForDialog()).not.toMatch(/unavailable/);
    expect((await overlay.texts()).join(' ')).toContain('{first_name}');
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();

    const options = await extensionPage();
    await options.waitForSelector('text=could not be read', { timeout: 5000 });
    const problems = await options.locator('section.problems').innerText();
    console.log(`options page problems: ${problems.replace(/\s+/g, ' ')}`);
    expect(problems).toMatch(/saved policy could not be read/);
    await options.close();
  });

  it('storage.local full: the review still runs and the post goes out once', async () => {
    const worker = await liveWorker();
    const quotaError = await worker.evaluate(async () => {
      const local = (globalThis as any).chrome.storage.local;
      const quota: number = local.QUOTA_BYTES;
      // Fill to the brim: a big filler, then smaller ones for what is left, down to the last bytes.
      for (let i = 0, room = quota; room > 16 && i < 40; i++) {
        const size = Math.max(1, room - 64);
        await local.set({ [`filler${i}`]: 'x'.repeat(size) }).catch(() => undefined);
        room = quota - (await local.getBytesInUse(null));
      }
      try {
        await local.set({ probe: 'x'.repeat(200) });
        return `not full: ${quota - (await local.getBytesInUse(null))} bytes free`;
      } catch (e) {
        return String(e);
      }
    });
    expect(quotaError).toMatch(/quota/i);
    const { page, overlay } = await compose(RISKY);
    await page.click(BUTTON);
    const name = await overlay.waitForDialog();
    console.log(`storage full: the overlay says "${name}"`);
    expect(name).not.toMatch(/unavailable/);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();

    const clean = await compose(CLEAN);
    await clean.page.click(BUTTON);
    expect(await postedOnce(clean.page)).toEqual([CLEAN]);
    expect(await overlayOpen(clean.page)).toBe(false);
    await clean.page.close();

    // An account seen for the first time must be written down, and cannot be: still reviewed.
    await worker.evaluate(async () => {
      const local = (globalThis as any).chrome.storage.local;
      await local.remove('accountsSeen');
      const room = local.QUOTA_BYTES - (await local.getBytesInUse(null));
      await local.set({ fillerLast: 'x'.repeat(Math.max(1, room - 20)) }).catch(() => undefined);
    });
    const fresh = await compose(CLEAN);
    await fresh.page.click(BUTTON);
    await fresh.page.waitForFunction(() => (window as any).__posted.length > 0 || document.querySelector('second-look-overlay'));
    const shown = await fresh.overlay.dialogName();
    console.log(`storage full, new account: ${shown ? `overlay "${shown}"` : 'posted straight'}`);
    expect(shown ?? '').not.toMatch(/unavailable/);
    if (shown) await fresh.overlay.click('Post');
    expect(await postedOnce(fresh.page)).toEqual([CLEAN]);
    await fresh.page.close();
  });

  it('a journal with damaged records: new reviews are still journaled, the options page still lists them', async () => {
    const before = (await journal()).length;
    await (await liveWorker()).evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('second-look', 1);
          open.onsuccess = () => {
            const tx = open.result.transaction('journal', 'readwrite');
            const store = tx.objectStore('journal');
            store.add({ at: 'yesterday', findings: 'none', action: 42 });
            store.add({ garbage: true });
            store.add({ at: 7, platform: 'myspace', findings: [{ rule: null }], verdict: 'maybe', action: 'pending' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    const { page, overlay } = await compose(`${RISKY} (after the damage)`);
    await page.click(BUTTON);
    expect(await overlay.waitForDialog()).not.toMatch(/unavailable/);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([`${RISKY} (after the damage)`]);
    await page.close();
    const entries = await journal();
    expect(entries.length).toBe(before + 4);
    await expect.poll(async () => (await lastEntry())?.action).toBe('posted-anyway');

    const options = await extensionPage();
    const errors: string[] = [];
    options.on('pageerror', (e) => errors.push(String(e)));
    await options.waitForSelector('ol.journal > li');
    const listed = await options.locator('ol.journal > li').count();
    const newest = await options.locator('ol.journal > li').first().innerText();
    console.log(`options page with a damaged journal: ${listed} entries listed of ${entries.length} stored, ${errors.length} page errors`);
    expect(errors).toEqual([]);
    expect(listed).toBe(entries.length - 3); // every sound entry, none of the three damaged ones
    expect(newest).toContain('{first_name}');
    await options.close();
  });
});

describe('a draft of 100,000 characters', () => {
  it('is held, the overlay is usable, and Post anyway posts it once, whole', async () => {
    const line = 'Our spring timetable is out: more morning flights to Lisbon, Porto and Seville from 28 March. ';
    const lines: string[] = [];
    while (lines.join('\n').length < 100_000) lines.push(line.repeat(2).trim());
    let text = lines.join('\n');
    const tail = '\nSee you soon, {first_name}!';
    text = text.slice(0, 100_000 - tail.length) + tail;
    expect(text.length).toBe(100_000);
    const { page, overlay } = await compose(text);
    expect(await textOf(page, EDITOR)).toBe(text);
    await watchOverlay(page);
    await page.click(BUTTON);
    const name = await overlay.waitForDialog(5000);
    const ms = await clickToOverlayMs(page);
    console.log(`100,000 characters: click → overlay ${ms.toFixed(0)} ms, "${name}"`);
    expect(await posted(page)).toEqual([]);
    if (!/unavailable/.test(name)) expect(ms).toBeLessThan(1500 + 500);
    const started = Date.now();
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([text]);
    console.log(`100,000 characters: Post anyway → posted in ${Date.now() - started} ms (incl. 200 ms settle)`);
    await page.close();
  });
});

describe('Post anyway pressed more than once', () => {
  it('a triple click and Enter or Space held down on it post once', async () => {
    for (const how of ['triple', 'Enter', ' '] as const) {
      const { page, overlay } = await compose(`${RISKY} [${how}]`);
      await page.click(BUTTON);
      await overlay.waitForDialog();
      if (how === 'triple') await overlay.click('Post', { clickCount: 3 });
      else {
        while (!(await overlay.focused())?.startsWith('Post')) await page.keyboard.press('Tab');
        // Held down: the first keydown, then auto-repeats (repeat: true), then one keyup.
        for (let i = 0; i < 8; i++) await page.keyboard.down(how);
        await page.keyboard.up(how);
      }
      expect(await postedOnce(page), how).toEqual([`${RISKY} [${how}]`]);
      await page.waitForTimeout(200);
      expect(await posted(page), how).toHaveLength(1);
      expect(await overlayOpen(page), how).toBe(false);
      await page.close();
    }
  });
});

describe('leaving the page with the overlay open', () => {
  it('posts nothing, records "left", and the next page works', async () => {
    const { page, overlay } = await compose(RISKY);
    const sent: string[] = [];
    await page.exposeBinding('__reportPosted', (_source, text: string) => void sent.push(text));
    await page.evaluate(() => {
      const list = (window as any).__posted as string[];
      const push = list.push;
      list.push = function (...items: string[]) {
        for (const t of items) (window as any).__reportPosted(t);
        return push.apply(this, items);
      };
    });
    await page.click(BUTTON);
    await overlay.waitForDialog();
    const entryId = (await lastEntry())!.id;
    await page.goto('https://x.com/compose/post');
    await page.waitForFunction(() => '__sim' in window);
    expect(sent).toEqual([]);
    expect(await posted(page)).toEqual([]);
    expect(await overlayOpen(page)).toBe(false);
    await expect.poll(async () => (await journal()).find((e) => e.id === entryId)?.action, { timeout: 3000 }).toBe('left');

    await setText(page, EDITOR, `${RISKY} (again)`);
    await page.click(BUTTON);
    await overlay.waitForDialog();
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([`${RISKY} (again)`]);
    await page.close();
  });

  it('the site closing the composer under the overlay (a route change in the app): nothing is posted, the person is told, the journal says left', async () => {
    const { page, overlay } = await compose(RISKY);
    await page.click(BUTTON);
    await overlay.waitForDialog();
    const entryId = (await lastEntry())!.id;
    // X's app handles Back itself: the URL changes and the compose dialog is unmounted.
    await page.evaluate(() => {
      history.pushState({}, '', '/home');
      document.querySelector('[role="dialog"]')?.remove();
    });
    await page.waitForTimeout(100);
    expect(await overlay.dialogName()).toMatch(/^Second Look/);
    await overlay.click('Post');
    await page.waitForTimeout(300);
    expect(await posted(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('second-look-notice') !== null)).toBe(true);
    await expect.poll(async () => (await journal()).find((e) => e.id === entryId)?.action, { timeout: 3000 }).toBe('left');
    await page.close();
  });
});

describe('two tabs posting at once', () => {
  it('each posts its own text, once: risky drafts through their overlays, clean ones straight', async () => {
    const a = await compose(`${RISKY} (tab A)`);
    const b = await compose(`${RISKY} (tab B)`);
    await Promise.all([a.page.click(BUTTON), b.page.click(BUTTON)]);
    await Promise.all([a.overlay.waitForDialog(), b.overlay.waitForDialog()]);
    expect((await a.overlay.texts()).join(' ')).toContain('(tab A)');
    expect((await b.overlay.texts()).join(' ')).toContain('(tab B)');
    await b.page.bringToFront();
    await b.overlay.click('Post');
    await a.page.bringToFront();
    await a.overlay.click('Post');
    expect(await postedOnce(a.page)).toEqual([`${RISKY} (tab A)`]);
    expect(await postedOnce(b.page)).toEqual([`${RISKY} (tab B)`]);
    await a.page.close();
    await b.page.close();

    const c = await compose(`${CLEAN} (tab C)`);
    const d = await compose(`${CLEAN} (tab D)`);
    await stopWorkersAndWait(c.page); // and from a stopped worker: both start it at once
    await Promise.all([c.page.click(BUTTON), d.page.click(BUTTON)]);
    expect(await postedOnce(c.page)).toEqual([`${CLEAN} (tab C)`]);
    expect(await postedOnce(d.page)).toEqual([`${CLEAN} (tab D)`]);
    await c.page.close();
    await d.page.close();
  });
});
