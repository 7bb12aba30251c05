// Facebook end to end: the built extension in Chromium, fixture pages at https://www.facebook.com,
// the site played by tests/e2e/facebook-sim.js.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openSite, OverlayProbe, overlaySeen, posted, seedStorage, setText, textOf, watchOverlay, type Session } from './harness';

const DIALOG_EDITOR = '[role="dialog"] [contenteditable="true"]';
const POST = '[role="dialog"] [aria-label="Post"]';
const NEXT = '[role="dialog"] [aria-label="Next"]';
const ANA_BOX = '[aria-posinset="2"] [aria-label="Write a comment…"]';
const ANA_SEND = '[aria-posinset="2"] form [aria-label="Comment"]';
const PAGE_BOX = '[aria-label="Comment as Nimbus Air"]';
const REPLY_BOX = '[aria-label="Write a reply…"]';
const CHAT_EDITOR = '[data-pagelet="ChatTab"] [contenteditable="true"]';
const RISKY = 'Hi {first_name}, your order has shipped!';
const CLEAN = 'Good morning! Our new autumn menu starts today.';

/** The fixtures' identities, already asked about once (so their first post is not interrupted). */
const seen = (id: string) => ({ platform: 'facebook', id, firstSeen: '2026-11-01T00:00:00Z', lastSeen: '2026-11-01T00:00:00Z', asked: true });

let session: Session;
beforeAll(async () => {
  session = await launch();
  await seedStorage(session, { accountsSeen: [seen('Maria López'), seen('Nimbus Air')] });
});
afterAll(async () => {
  await session?.close();
});

const postedOnce = async (page: Page) => {
  await page.waitForFunction(() => (window as any).__posted.length > 0);
  await page.waitForTimeout(150);
  return posted(page);
};

async function open(fixture: string, editor: string, text: string, path = '/') {
  const page = await openSite(session, 'facebook', fixture, path);
  await setText(page, editor, text);
  await watchOverlay(page);
  return { page, overlay: await OverlayProbe.for(page) };
}
const who = async (overlay: OverlayProbe) => (await overlay.texts()).join(' ');

describe('the "Create post" dialog', () => {
  it('holds a risky post with an overlay naming the actor and the audience; nothing is posted', async () => {
    const { page, overlay } = await open('create-post.html', DIALOG_EDITOR, RISKY);
    await page.click(POST);
    expect(await overlay.waitForDialog()).toMatch(/^Second Look/);
    const texts = await who(overlay);
    expect(texts).toMatch(/Posting as Maria López.* on Facebook to Public/);
    expect(texts).toContain('{first_name}');
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('Post anyway posts it exactly once, even on a double-click', async () => {
    const { page, overlay } = await open('create-post.html', DIALOG_EDITOR, RISKY);
    await page.click(POST);
    await overlay.waitForDialog();
    await overlay.click('Post', { clickCount: 2 });
    expect(await postedOnce(page)).toEqual([RISKY]);
    expect(await overlay.dialogName()).toBeUndefined();
    await page.close();
  });

  it('Edit keeps the draft in the editor and posts nothing', async () => {
    const { page, overlay } = await open('create-post.html', DIALOG_EDITOR, `${RISKY}\n\nTrack it in the app.`);
    await page.click(POST);
    await overlay.waitForDialog();
    await overlay.click('Edit');
    expect(await overlay.dialogName()).toBeUndefined();
    expect(await textOf(page, DIALOG_EDITOR)).toBe(`${RISKY}\n\nTrack it in the app.`);
    await page.waitForTimeout(100);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('a clean post goes straight out, once, with no overlay', async () => {
    const { page } = await open('create-post.html', DIALOG_EDITOR, CLEAN);
    await page.click(POST);
    expect(await postedOnce(page)).toEqual([CLEAN]);
    expect(await overlaySeen(page)).toBe(false);
    await page.close();
  });

  it('Enter in the post dialog is a new line: no hold, no post', async () => {
    const { page } = await open('create-post.html', DIALOG_EDITOR, RISKY);
    await page.focus(DIALOG_EDITOR);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    expect(await overlaySeen(page)).toBe(false);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('the Spanish UI is held the same way ("Publicar")', async () => {
    const { page, overlay } = await open('create-post-es.html', DIALOG_EDITOR, RISKY);
    await page.click('[role="dialog"] [aria-label="Publicar"]');
    await overlay.waitForDialog();
    expect(await who(overlay)).toMatch(/Posting as Maria López.* on Facebook to Público/);
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();
  });
});

describe('a Page\'s flow: Next, then Post on "Post settings"', () => {
  it('lets Next through untouched and holds the final Post only', async () => {
    const { page, overlay } = await open('page-post-next.html', DIALOG_EDITOR, RISKY, '/nimbusair');
    await page.click(NEXT);
    await page.waitForTimeout(150);
    expect(await overlaySeen(page)).toBe(false);
    expect(await page.isVisible(POST)).toBe(true); // the site moved to its Post step
    await page.click(POST);
    await overlay.waitForDialog();
    expect(await who(overlay)).toMatch(/Posting as Nimbus Air.* on Facebook to Public/);
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();
  });

  it('a clean post goes through Next and Post with no overlay; the Spanish flow holds at Publicar', async () => {
    const { page } = await open('page-post-next.html', DIALOG_EDITOR, CLEAN, '/nimbusair');
    await page.click(NEXT);
    await page.click(POST);
    expect(await postedOnce(page)).toEqual([CLEAN]);
    expect(await overlaySeen(page)).toBe(false);
    await page.close();

    const es = await open('page-post-next-es.html', DIALOG_EDITOR, RISKY, '/nimbusair');
    await es.page.click('[role="dialog"] [aria-label="Siguiente"]');
    await es.page.waitForTimeout(150);
    expect(await overlaySeen(es.page)).toBe(false);
    await es.page.click('[role="dialog"] [aria-label="Publicar"]');
    await es.overlay.waitForDialog();
    expect(await posted(es.page)).toEqual([]);
    await es.page.close();
  });
});

describe('comments', () => {
  it('Enter in a comment is held; the overlay says whom it answers; Post anyway posts once', async () => {
    const { page, overlay } = await open('comments.html', ANA_BOX, RISKY);
    await page.focus(ANA_BOX);
    // Repeated Enters never post: swallowed while held, or they land on the overlay's focused Edit.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    expect(await posted(page)).toEqual([]);
    expect(await textOf(page, ANA_BOX)).toBe(RISKY);
    if (!(await overlay.dialogName())) {
      await page.focus(ANA_BOX);
      await page.keyboard.press('Enter');
    }
    await overlay.waitForDialog();
    expect(await who(overlay)).toMatch(/Posting as Maria López.* on Facebook, in reply to Ana García/);
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();
  });

  it('Edit keeps the comment; Shift+Enter is left alone (no hold, no post)', async () => {
    const { page, overlay } = await open('comments.html', ANA_BOX, RISKY);
    await page.focus(ANA_BOX);
    await page.keyboard.press('Shift+Enter');
    await page.waitForTimeout(150);
    expect(await overlaySeen(page)).toBe(false);
    expect(await posted(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await overlay.waitForDialog();
    await overlay.click('Edit');
    expect(await textOf(page, ANA_BOX)).toContain(RISKY);
    await page.waitForTimeout(100);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('a clean comment goes straight out on Enter and on its send button', async () => {
    const { page } = await open('comments.html', ANA_BOX, CLEAN);
    await page.focus(ANA_BOX);
    await page.keyboard.press('Enter');
    expect(await postedOnce(page)).toEqual([CLEAN]);
    await setText(page, ANA_BOX, 'See you there!');
    await page.click(ANA_SEND);
    await page.waitForFunction(() => (window as any).__posted.length > 1);
    expect(await posted(page)).toEqual([CLEAN, 'See you there!']);
    expect(await overlaySeen(page)).toBe(false);
    await page.close();
  });

  it('commenting and replying as a Page: the Page is named, and the reply names the comment\'s author', async () => {
    const { page, overlay } = await open('comments.html', REPLY_BOX, `@Jake Ross ${RISKY}`);
    await setText(page, PAGE_BOX, 'Thanks everyone!');
    await page.focus(REPLY_BOX);
    await page.keyboard.press('Enter');
    await overlay.waitForDialog();
    expect(await who(overlay)).toMatch(/Posting as Nimbus Air.* on Facebook, in reply to Jake Ross/);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([`@Jake Ross ${RISKY}`]);
    expect(await textOf(page, PAGE_BOX)).toBe('Thanks everyone!'); // the other box is untouched
    await page.close();
  });

  it('the Spanish UI is held the same way ("Escribe un comentario…")', async () => {
    const box = '[aria-posinset="2"] [aria-label="Escribe un comentario…"]';
    const { page, overlay } = await open('comments-es.html', box, RISKY);
    await page.focus(box);
    await page.keyboard.press('Enter');
    await overlay.waitForDialog();
    expect(await who(overlay)).toMatch(/in reply to Ana García/);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();
  });
});

describe('Messenger', () => {
  it('Enter in a chat is held; the overlay says whom the message goes to; Post anyway sends once', async () => {
    const { page, overlay } = await open('messenger.html', CHAT_EDITOR, RISKY);
    await page.focus(CHAT_EDITOR);
    await page.keyboard.press('Enter');
    await overlay.waitForDialog();
    expect(await who(overlay)).toMatch(/Posting as Maria López.* on Facebook, message to Ana García/);
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();
  });

  it('Shift+Enter is left alone; a clean message goes straight out', async () => {
    const { page } = await open('messenger.html', CHAT_EDITOR, CLEAN);
    await page.focus(CHAT_EDITOR);
    await page.keyboard.press('Shift+Enter');
    await page.waitForTimeout(150);
    expect(await overlaySeen(page)).toBe(false);
    expect(await posted(page)).toEqual([]);
    await setText(page, CHAT_EDITOR, CLEAN);
    await page.keyboard.press('Enter');
    expect(await postedOnce(page)).toEqual([CLEAN]);
    expect(await overlaySeen(page)).toBe(false);
    await page.close();
  });
});

describe('a composer the adapter cannot read', () => {
  it('still posts, once, with no review dialog', async () => {
    const { page, overlay } = await open('create-post-unknown-editor.html', DIALOG_EDITOR, RISKY);
    await page.click(POST);
    expect(await postedOnce(page)).toEqual([RISKY]);
    expect(await overlay.dialogName()).toBeUndefined();
    await page.close();
  });
});
