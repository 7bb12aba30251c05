// X's direct messages and quote posts, end to end: the built extension in Chromium, fixture pages at
// https://x.com. A message goes out on Enter (Shift+Enter is a new line) or on a click of Send. Today's
// new chat renders inside an open shadow root (dm-chat-shadow.html): Playwright's CSS selectors and the
// simulator's __sim helpers reach into it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE_SEEN, launch, openX, OverlayProbe, overlaySeen, posted, seedStorage, setText, textOf, watchOverlay, type Session } from './harness';

const CHAT = '/i/chat/1500000000000000000-1600000000000000000';
const LEGACY = '/messages/1500000000000000000-1550000000000000000';
const BOX = 'textarea[data-testid="dm-composer-textarea"]';
const SEND = '[data-testid="dm-composer-send-button"]';
const LEGACY_BOX = '[data-testid="dmComposerTextInput"]';
const LEGACY_SEND = '[data-testid="dmComposerSendButton"]';
const INLINE_EDITOR = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
const RISKY = 'Hi {first_name}, here is your code';
const CLEAN = 'Thanks, see you at 3!';

let session: Session;
beforeAll(async () => {
  session = await launch();
  await seedStorage(session, ALICE_SEEN);
});
afterAll(async () => {
  await session?.close();
});

interface Chat {
  name: string;
  fixture: string;
  path: string;
  box: string;
  send: string;
  to: string;
}
const NEW_CHAT: Chat = { name: 'new chat', fixture: 'dm-chat.html', path: CHAT, box: BOX, send: SEND, to: '@sam_lee' };
const CHATS: Chat[] = [
  NEW_CHAT,
  { name: 'new chat in its shadow root', fixture: 'dm-chat-shadow.html', path: CHAT, box: BOX, send: SEND, to: '@sam_lee' },
  { name: 'new chat, Spanish UI', fixture: 'dm-chat-es.html', path: CHAT, box: BOX, send: SEND, to: '@lucia_gomez' },
  { name: 'drawer over home', fixture: 'dm-drawer.html', path: '/home', box: BOX, send: SEND, to: '@priya_n' },
  { name: 'legacy messages', fixture: 'dm-legacy.html', path: LEGACY, box: LEGACY_BOX, send: LEGACY_SEND, to: '@dana_ortiz' },
];

async function chatWith(chat: Chat, text: string) {
  const page = await openX(session, chat.fixture, chat.path);
  await setText(page, chat.box, text);
  await watchOverlay(page);
  await page.focus(chat.box);
  return { page, overlay: await OverlayProbe.for(page) };
}
const sendExists = (page: Page) => page.locator(SEND).count().then((n) => n > 0);
const whoLine = async (overlay: OverlayProbe) => (await overlay.texts()).find((t) => t.startsWith('Posting')) ?? '';

describe('a risky direct message on X', () => {
  it('Enter is held in the new chat: the overlay says whom it goes to, nothing is sent, Post anyway sends it once', async () => {
    const { page, overlay } = await chatWith(NEW_CHAT, RISKY);
    await page.keyboard.press('Enter');
    await overlay.waitForDialog();
    expect(await whoLine(overlay)).toBe('Posting as @alice_dev on X, message to @sam_lee');
    expect((await overlay.texts()).join(' ')).toContain('{first_name}');
    await page.waitForTimeout(100);
    expect(await posted(page)).toEqual([]);
    expect(await textOf(page, BOX)).toBe(RISKY);
    await overlay.click('Post', { clickCount: 2 });
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    await page.waitForTimeout(150);
    expect(await posted(page)).toEqual([RISKY]);
    expect(await textOf(page, BOX)).toBe('');
    expect(await sendExists(page)).toBe(false);
    expect(await overlay.dialogName()).toBeUndefined();
    await page.close();
  });

  it('Edit keeps the message in the box, focused, and sends nothing', async () => {
    const { page, overlay } = await chatWith(NEW_CHAT, RISKY);
    await page.keyboard.press('Enter');
    await overlay.waitForDialog();
    await overlay.click('Edit');
    expect(await overlay.dialogName()).toBeUndefined();
    expect(await textOf(page, BOX)).toBe(RISKY);
    expect(await page.locator(BOX).evaluate((box) => box === document.activeElement)).toBe(true);
    await page.waitForTimeout(100);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('is held the same way in the shadow-root chat, the Spanish chat, the drawer and legacy messages, and sent once', async () => {
    for (const chat of CHATS.slice(1)) {
      const { page, overlay } = await chatWith(chat, RISKY);
      if (chat.fixture === 'dm-chat-shadow.html') {
        const inShadow = await page.evaluate(
          (s) => document.querySelector(s) === null && document.querySelector('[data-testid="xchatEmbedRoute"]')?.shadowRoot?.querySelector(s) != null,
          BOX,
        );
        expect(inShadow, 'the chat sits in an open shadow root').toBe(true);
      }
      const inlineBefore = chat.fixture === 'dm-drawer.html' ? await textOf(page, INLINE_EDITOR) : undefined;
      await page.keyboard.press('Enter');
      await overlay.waitForDialog();
      expect(await whoLine(overlay), chat.name).toBe(`Posting as @alice_dev on X, message to ${chat.to}`);
      expect(await posted(page), chat.name).toEqual([]);
      await overlay.click('Post');
      await page.waitForFunction(() => (window as any).__posted.length > 0);
      await page.waitForTimeout(150);
      expect(await posted(page), chat.name).toEqual([RISKY]);
      expect(await textOf(page, chat.box), chat.name).toBe('');
      if (inlineBefore !== undefined) expect(await textOf(page, INLINE_EDITOR)).toBe(inlineBefore);
      await page.close();
    }
  });

  it('a click on Send is held too', async () => {
    const { page, overlay } = await chatWith(NEW_CHAT, RISKY);
    await page.click(SEND);
    await overlay.waitForDialog();
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toEqual([RISKY]);
    await page.close();
  });
});

describe('a clean direct message on X', () => {
  it('goes straight out on Enter, once, with no overlay, even when Enter is pressed again and again', async () => {
    for (const chat of CHATS) {
      const { page } = await chatWith(chat, CLEAN);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as any).__posted.length > 0);
      await page.waitForTimeout(150);
      expect(await posted(page), chat.name).toEqual([CLEAN]);
      expect(await overlaySeen(page), chat.name).toBe(false);
      await page.close();
    }
  });

  it('Shift+Enter is left alone: a new line in the box, no overlay, nothing sent', async () => {
    for (const chat of [NEW_CHAT, CHATS[1]!, CHATS[4]!]) {
      const { page } = await chatWith(chat, RISKY);
      await page.keyboard.press('Shift+Enter');
      await page.waitForTimeout(300);
      expect(await overlaySeen(page), chat.name).toBe(false);
      expect(await posted(page), chat.name).toEqual([]);
      if (chat.box === BOX) expect(await textOf(page, BOX)).toBe(`${RISKY}\n`);
      await page.close();
    }
  });
});

describe('a chat the adapter cannot read', () => {
  it('still sends on Enter, with a notice, when X renames the Send button', async () => {
    const { page, overlay } = await chatWith(NEW_CHAT, RISKY);
    await page.locator(SEND).evaluate((b) => b.setAttribute('data-testid', 'dm-composer-submit'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toEqual([RISKY]);
    expect(await overlay.dialogName()).toBeUndefined();
    await page.waitForFunction(() => document.querySelector('second-look-notice') !== null);
    await page.close();
  });
});

describe('a quote post on X', () => {
  it('is held as a post (not a reply) and posted once', async () => {
    const page = await openX(session, 'quote.html', '/compose/post');
    const overlay = await OverlayProbe.for(page);
    await setText(page, '[role="dialog"] [data-testid="tweetTextarea_0"]', RISKY);
    await page.click('[role="dialog"] [data-testid="tweetButton"]');
    await overlay.waitForDialog();
    expect(await whoLine(overlay)).toBe('Posting as @alice_dev on X');
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post', { clickCount: 2 });
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    await page.waitForTimeout(150);
    expect(await posted(page)).toEqual([RISKY]);
    await page.close();
  });
});
