// The spine on X, end to end: the built extension in Chromium, fixture pages at https://x.com.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE_SEEN, clickToOverlayMs, launch, openX, OverlayProbe, overlaySeen, posted, seedStorage, setText, stopWorkers, textOf, watchOverlay, type Session } from './harness';

const MODAL_EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';
const INLINE_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const MODAL_BUTTON = '[role="dialog"] [data-testid="tweetButton"]';
const INLINE_BUTTON = '[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]';
const RISKY = 'Hi {first_name}, your trip to Lisbon is confirmed!';
const CLEAN = 'Good morning from Madrid! Where are you flying this weekend?';

let session: Session;
beforeAll(async () => {
  session = await launch();
  await seedStorage(session, ALICE_SEEN);
});
afterAll(async () => {
  await session?.close();
});

const focusInside = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement) ?? false, selector);

async function modalWith(text: string) {
  const page = await openX(session, 'modal.html', '/compose/post');
  await setText(page, MODAL_EDITOR, text);
  await watchOverlay(page);
  return { page, overlay: await OverlayProbe.for(page) };
}

describe('a risky post on X', () => {
  it('is held with an overlay that says who is posting and what looks wrong; nothing is posted', async () => {
    const { page, overlay } = await modalWith(RISKY);
    await page.click(MODAL_BUTTON);
    const name = await overlay.waitForDialog();
    expect(name).toMatch(/^Second Look/);
    const texts = (await overlay.texts()).join(' ');
    expect(texts).toMatch(/Posting as @\w+/);
    expect(texts).toMatch(/on X/);
    expect(texts).toContain('{first_name}');
    expect(texts).toMatch(/template marker/);
    expect(await overlay.focused()).toMatch(/^Edit/);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('Edit returns to the editor with the draft untouched and posts nothing', async () => {
    const { page, overlay } = await modalWith(RISKY);
    await page.click(MODAL_BUTTON);
    await overlay.waitForDialog();
    await overlay.click('Edit');
    expect(await overlay.dialogName()).toBeUndefined();
    expect(await textOf(page, MODAL_EDITOR)).toBe(RISKY);
    expect(await focusInside(page, MODAL_EDITOR)).toBe(true);
    await page.waitForTimeout(100);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('Esc does the same as Edit', async () => {
    const { page, overlay } = await modalWith(RISKY);
    await page.click(MODAL_BUTTON);
    await overlay.waitForDialog();
    await page.keyboard.press('Escape');
    expect(await overlay.dialogName()).toBeUndefined();
    expect(await textOf(page, MODAL_EDITOR)).toBe(RISKY);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('Post anyway posts it exactly once, even on a double-click', async () => {
    const { page, overlay } = await modalWith(RISKY);
    await page.click(MODAL_BUTTON);
    await overlay.waitForDialog();
    await overlay.click('Post', { clickCount: 2 });
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    await page.waitForTimeout(150);
    expect(await posted(page)).toEqual([RISKY]);
    expect(await overlay.dialogName()).toBeUndefined();
    await page.close();
  });

  it('a page script calling .click() on the overlay buttons does nothing, and cannot see inside it', async () => {
    const { page, overlay } = await modalWith(RISKY);
    await page.click(MODAL_BUTTON);
    await overlay.waitForDialog();
    await overlay.scriptClick('Post');
    await overlay.scriptClick('Edit');
    await page.waitForTimeout(100);
    expect(await overlay.dialogName()).toMatch(/^Second Look/);
    expect(await posted(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('second-look-overlay')?.shadowRoot)).toBeNull();
    await page.close();
  });

  it('works with the keyboard alone: focus is trapped, Enter on Post anyway posts once, focus returns', async () => {
    const { page, overlay } = await modalWith(RISKY);
    await page.focus(MODAL_EDITOR);
    await page.keyboard.press('Control+Enter');
    await overlay.waitForDialog();
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      seen.add(await overlay.focused());
    }
    // Tab cycles inside the overlay only: the draft box and the two buttons.
    expect([...seen].sort()).toEqual(['Edit post', 'Post anyway', 'Your draft']);
    while (!(await overlay.focused())?.startsWith('Post')) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toEqual([RISKY]);
    await page.close();
  });

  it('Ctrl+Enter is held the same way, and rapid repeats post once', async () => {
    const { page, overlay } = await modalWith(RISKY);
    await page.focus(MODAL_EDITOR);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Enter');
    await overlay.waitForDialog();
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    await page.waitForTimeout(150);
    expect(await posted(page)).toEqual([RISKY]);
    await page.close();
  });

  it('a reply says whom it answers: in the reply modal, inline on a status page, and in a Spanish UI', async () => {
    const cases = [
      { fixture: 'reply-modal.html', path: '/compose/post', editor: MODAL_EDITOR, button: MODAL_BUTTON },
      { fixture: 'reply-modal-es.html', path: '/compose/post', editor: MODAL_EDITOR, button: MODAL_BUTTON },
      { fixture: 'reply-inline.html', path: '/bob_builds/status/1790000000000000001', editor: INLINE_EDITOR, button: INLINE_BUTTON },
    ];
    for (const c of cases) {
      const page = await openX(session, c.fixture, c.path);
      await setText(page, c.editor, 'Thanks {name}, we will look into it.');
      const overlay = await OverlayProbe.for(page);
      await page.click(c.button);
      await overlay.waitForDialog();
      expect((await overlay.texts()).join(' '), c.fixture).toMatch(/Posting as @alice_dev on X, replying to @\w+/);
      expect(await posted(page)).toEqual([]);
      await overlay.click('Post');
      await page.waitForFunction(() => (window as any).__posted.length > 0);
      expect(await posted(page)).toEqual(['Thanks {name}, we will look into it.']);
      await page.close();
    }
  });
});

describe('a clean post on X', () => {
  it('goes straight out, once, with no overlay', async () => {
    const { page } = await modalWith(CLEAN);
    await page.click(MODAL_BUTTON);
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    await page.waitForTimeout(150);
    expect(await posted(page)).toEqual([CLEAN]);
    expect(await overlaySeen(page)).toBe(false);
    await page.close();
  });

  it('goes out once on a double-click and on Ctrl+Enter held down', async () => {
    const { page } = await modalWith(CLEAN);
    await page.dblclick(MODAL_BUTTON);
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    await page.waitForTimeout(150);
    expect(await posted(page)).toEqual([CLEAN]);

    const inline = await openX(session, 'home-inline.html', '/home');
    await setText(inline, INLINE_EDITOR, CLEAN);
    await inline.focus(INLINE_EDITOR);
    await inline.keyboard.down('Control');
    for (let i = 0; i < 5; i++) await inline.keyboard.press('Enter');
    await inline.keyboard.up('Control');
    await inline.waitForFunction(() => (window as any).__posted.length > 0);
    await inline.waitForTimeout(150);
    expect(await posted(inline)).toEqual([CLEAN]);
    await page.close();
    await inline.close();
  });
});

describe('several composers on one page', () => {
  it('reviews and posts the modal, not the inline composer mounted under it', async () => {
    const { page, overlay } = await modalWith(RISKY);
    await setText(page, INLINE_EDITOR, CLEAN);
    await page.click(MODAL_BUTTON);
    await overlay.waitForDialog();
    expect((await overlay.texts()).join(' ')).toContain('{first_name}');
    await overlay.click('Post');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toEqual([RISKY]);
    expect(await textOf(page, INLINE_EDITOR)).toBe(CLEAN);
    await page.close();
  });

  it('a thread is reviewed as a whole and posted once', async () => {
    const page = await openX(session, 'thread.html', '/compose/post');
    const overlay = await OverlayProbe.for(page);
    await setText(page, '[role="dialog"] [data-testid="tweetTextarea_0"]', 'A thread about our new routes 🧵');
    await setText(page, '[role="dialog"] [data-testid="tweetTextarea_1"]', 'Tickets at [link]');
    await setText(page, '[role="dialog"] [data-testid="tweetTextarea_2"]', 'See you on board ✈️');
    await page.click(MODAL_BUTTON);
    await overlay.waitForDialog();
    expect((await overlay.texts()).join(' ')).toContain('[link]');
    await overlay.click('Post');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toEqual(['A thread about our new routes 🧵\n\nTickets at [link]\n\nSee you on board ✈️']);
    await page.close();
  });

  it('the narrow layout (a plain textarea) is held too', async () => {
    const page = await openX(session, 'narrow.html', '/compose/post');
    const overlay = await OverlayProbe.for(page);
    await setText(page, 'div[data-testid^="tweetTextarea"] textarea', RISKY);
    await page.click('[data-testid^="tweetButton"]');
    await overlay.waitForDialog();
    expect(await posted(page)).toEqual([]);
    await overlay.click('Edit');
    expect(await posted(page)).toEqual([]);
    await page.close();
  });
});

describe('speed', () => {
  it('shows the overlay within a frame or two of the click once the worker is warm', async () => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const { page, overlay } = await modalWith(RISKY);
      await page.click(MODAL_BUTTON);
      await overlay.waitForDialog();
      times.push(await clickToOverlayMs(page));
      await page.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(`click-to-overlay, warm worker: median ${median.toFixed(1)} ms over ${times.length} runs [${times.map((t) => t.toFixed(1)).join(', ')}]`);
    // The budget is 50 ms; the guard is generous because these machines are shared and noisy.
    expect(median).toBeLessThan(150);
  });
});

describe('when the worker is stopped or gone', () => {
  it('a stopped worker is started again and the post is still reviewed', async () => {
    const { page, overlay } = await modalWith(RISKY);
    await stopWorkers(page);
    await page.click(MODAL_BUTTON);
    const name = await overlay.waitForDialog();
    expect(name).not.toMatch(/unavailable/);
    expect((await overlay.texts()).join(' ')).toContain('{first_name}');
    await page.close();

    const clean = await modalWith(CLEAN);
    await stopWorkers(clean.page);
    await clean.page.click(MODAL_BUTTON);
    await clean.page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(clean.page)).toEqual([CLEAN]);
    expect(await overlaySeen(clean.page)).toBe(false);
    await clean.page.close();
  });

  it('a worker that does not answer within 1.5 s: the overlay says review is unavailable and lets the person post once', async () => {
    const { page, overlay } = await modalWith(RISKY);
    const worker = await session.worker();
    await worker.evaluate(() => 'warm');
    // Keep the worker's thread busy for 3 s, as a hung review would.
    const hung = worker.evaluate(() => {
      const until = Date.now() + 3000;
      while (Date.now() < until);
    });
    await page.waitForTimeout(50);
    const clickedAt = Date.now();
    await page.click(MODAL_BUTTON);
    const name = await overlay.waitForDialog(2500);
    expect(Date.now() - clickedAt).toBeGreaterThanOrEqual(1400);
    expect(name).toMatch(/^Second Look.*unavailable/);
    expect((await overlay.texts()).join(' ')).toMatch(/too long/);
    await overlay.click('Post');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    await hung;
    await page.waitForTimeout(200);
    expect(await posted(page)).toEqual([RISKY]);
    await page.close();
  });

  it('after the extension is reloaded, the old page steps aside: the site posts normally, with a notice', async () => {
    const { page, overlay } = await modalWith(RISKY);
    const worker = await session.worker();
    await worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(300);
    await page.click(MODAL_BUTTON);
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toEqual([RISKY]);
    expect(await overlay.dialogName()).toBeUndefined();
    expect(await page.evaluate(() => document.querySelector('second-look-notice') !== null)).toBe(true);
    await page.close();
  });
});
