// LinkedIn end to end: the built extension in Chromium, fixture pages at https://www.linkedin.com.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openSite, OverlayProbe, overlaySeen, posted, QUIET, seedStorage, setText, textOf, watchOverlay, type Session } from './harness';

const RISKY = 'Congratulations to {{employee_name}} on 10 years with us!';
const CLEAN = 'We are hiring a Senior Data Engineer in Madrid.';

const SHARE_EDITOR = '[data-test-modal-id="sharebox"] [role="textbox"]';
const SHARE_POST = '.share-actions__primary-action';

let session: Session;
beforeAll(async () => {
  session = await launch();
  await seedStorage(session, QUIET);
});
afterAll(async () => {
  await session?.close();
});

const postedOnce = async (page: Page) => {
  await page.waitForFunction(() => (window as any).__posted.length > 0);
  await page.waitForTimeout(150);
  return posted(page);
};
const focusInside = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement) ?? false, selector);

async function open(fixture: string, path = '/feed/') {
  const page = await openSite(session, 'linkedin', fixture, path);
  await watchOverlay(page);
  return { page, overlay: await OverlayProbe.for(page) };
}

async function shareWith(text: string, fixture = 'share-person.html', path = '/feed/') {
  const o = await open(fixture, path);
  await setText(o.page, SHARE_EDITOR, text);
  return o;
}

const who = async (overlay: OverlayProbe) => (await overlay.texts()).join(' ');

describe('the share dialog', () => {
  it('holds a risky post: the overlay says who posts to whom, nothing is posted', async () => {
    const { page, overlay } = await shareWith(RISKY);
    await page.click(SHARE_POST);
    expect(await overlay.waitForDialog()).toMatch(/^Second Look/);
    const texts = await who(overlay);
    expect(texts).toContain('Posting as Jane Doe on LinkedIn to Anyone');
    expect(texts).toContain('{{employee_name}}');
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('Edit returns to the editor with the draft untouched and posts nothing', async () => {
    const { page, overlay } = await shareWith(RISKY);
    await page.click(SHARE_POST);
    await overlay.waitForDialog();
    await overlay.click('Edit');
    expect(await overlay.dialogName()).toBeUndefined();
    expect(await textOf(page, SHARE_EDITOR)).toBe(RISKY);
    expect(await focusInside(page, SHARE_EDITOR)).toBe(true);
    await page.waitForTimeout(100);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('Post anyway posts it exactly once, even on a double-click', async () => {
    const { page, overlay } = await shareWith(RISKY);
    await page.click(SHARE_POST);
    await overlay.waitForDialog();
    await overlay.click('Post', { clickCount: 2 });
    expect(await postedOnce(page)).toEqual([RISKY]);
    expect(await overlay.dialogName()).toBeUndefined();
    await page.close();
  });

  it('lets a clean post go straight out, once, with no overlay', async () => {
    const { page } = await shareWith(CLEAN);
    await page.dblclick(SHARE_POST);
    expect(await postedOnce(page)).toEqual([CLEAN]);
    expect(await overlaySeen(page)).toBe(false);
    await page.close();
  });

  it('on a company page, says the post goes out as the page', async () => {
    const { page, overlay } = await shareWith(RISKY, 'share-company.html', '/company/12345678/admin/page-posts/published/?share=true');
    await page.click(SHARE_POST);
    await overlay.waitForDialog();
    expect(await who(overlay)).toMatch(/Posting as Acme Corp\b.* on LinkedIn to Anyone/);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();
  });

  it('works the same in the Spanish UI', async () => {
    const { page, overlay } = await shareWith(RISKY, 'share-person-es.html');
    await page.click(SHARE_POST);
    await overlay.waitForDialog();
    expect(await who(overlay)).toContain('Posting as Jane Doe on LinkedIn to cualquiera');
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();
  });

  it('a dialog whose editor it cannot read still posts, once, unheld', async () => {
    const { page } = await shareWith(RISKY);
    await page.evaluate(() => {
      const editor = document.querySelector('[data-test-modal-id="sharebox"] .ql-editor')!;
      editor.className = 'rich-text-editor-v3';
      editor.removeAttribute('data-test-ql-editor-contenteditable');
    });
    await page.click(SHARE_POST);
    expect(await postedOnce(page)).toEqual([RISKY]);
    expect(await overlaySeen(page)).toBe(false);
    await page.close();
  });
});

describe('comments', () => {
  const post = (page: Page, n: number) => page.locator('[data-testid="mainFeed"] [role="listitem"]').nth(n);

  it('holds a risky comment in the new feed, names whom it answers, posts only that box once', async () => {
    const { page, overlay } = await open('comments-feed.html');
    const before = await textOf(page, '[data-testid="mainFeed"] [role="listitem"] [role="textbox"]');
    await setText(page, '[data-testid="mainFeed"] [role="listitem"]:nth-child(2) [role="textbox"]', RISKY);
    await post(page, 1).locator('[componentkey*="commentButtonSection"] button').click();
    await overlay.waitForDialog();
    expect(await who(overlay)).toContain('Posting as Jane Doe on LinkedIn, in reply to Nimbus Air');
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    expect(await textOf(page, '[data-testid="mainFeed"] [role="listitem"] [role="textbox"]')).toBe(before);
    await page.close();
  });

  it('Enter in a comment box is a new line, never held', async () => {
    const { page } = await open('comments-feed.html');
    await setText(page, '[data-testid="mainFeed"] [role="listitem"] [role="textbox"]', RISKY);
    await post(page, 0).locator('[role="textbox"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    expect(await overlaySeen(page)).toBe(false);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('on a post page: a risky comment is held, Edit keeps it; a clean one goes straight out', async () => {
    const path = '/feed/update/urn:li:activity:7380000000000000003/';
    const editor = 'form.comments-comment-box__form [role="textbox"]';
    const submit = 'button.comments-comment-box__submit-button--cr';
    const { page, overlay } = await open('comments-post-page.html', path);
    await setText(page, editor, RISKY);
    await page.click(submit);
    await overlay.waitForDialog();
    expect(await who(overlay)).toContain('in reply to Tom Baker');
    await overlay.click('Edit');
    expect(await textOf(page, editor)).toBe(RISKY);
    expect(await posted(page)).toEqual([]);
    await setText(page, editor, CLEAN);
    await page.click(submit);
    expect(await postedOnce(page)).toEqual([CLEAN]);
    await page.close();
  });
});

describe('messaging', () => {
  const editorOf = (page: Page, name: string) =>
    page.locator('.msg-overlay-conversation-bubble', { hasText: name }).locator('.msg-form__contenteditable');

  async function withDraft(fixture: string, name: string, text: string, selector: string) {
    const o = await open(fixture);
    await setText(o.page, selector, text);
    await editorOf(o.page, name).focus();
    return o;
  }
  const CARLOS = '#ember301 .msg-form__contenteditable';
  const LENA = '#ember401 .msg-form__contenteditable';

  it('holds Enter-to-send: the overlay names the recipient; Post anyway sends once', async () => {
    const { page, overlay } = await withDraft('messaging.html', 'Carlos Ruiz', RISKY, CARLOS);
    await page.keyboard.press('Enter');
    await overlay.waitForDialog();
    expect(await who(overlay)).toContain('Posting as Jane Doe on LinkedIn, message to Carlos Ruiz');
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);
    await page.close();
  });

  it('leaves Shift+Enter alone, and Enter where the form says Click Send; holds that Send click', async () => {
    const { page, overlay } = await withDraft('messaging.html', 'Carlos Ruiz', RISKY, CARLOS);
    await page.keyboard.press('Shift+Enter');
    await setText(page, LENA, RISKY);
    await editorOf(page, 'Lena Fischer').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    expect(await overlaySeen(page)).toBe(false);
    expect(await posted(page)).toEqual([]);
    await page.locator('#ember401 .msg-form__send-button').click();
    await overlay.waitForDialog();
    expect(await who(overlay)).toContain('message to Lena Fischer');
    expect(await posted(page)).toEqual([]);
    await page.close();
  });

  it('sends a clean message on Enter at once, with no overlay', async () => {
    const { page } = await withDraft('messaging.html', 'Carlos Ruiz', CLEAN, CARLOS);
    await page.keyboard.press('Enter');
    expect(await postedOnce(page)).toEqual([CLEAN]);
    expect(await overlaySeen(page)).toBe(false);
    await page.close();
  });

  it('holds Enter-to-send inside the #interop-outlet shadow root, and releases it once', async () => {
    const sel = '#interop-outlet >>> #ember301 .msg-form__contenteditable';
    const { page, overlay } = await withDraft('messaging-shadow.html', 'Carlos Ruiz', RISKY, sel);
    expect(await page.evaluate(() => document.querySelector('.msg-form'))).toBeNull();
    await page.keyboard.press('Shift+Enter');
    await page.waitForTimeout(100);
    expect(await overlaySeen(page)).toBe(false);
    await page.keyboard.press('Enter');
    await overlay.waitForDialog();
    expect(await who(overlay)).toContain('message to Carlos Ruiz');
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    expect(await postedOnce(page)).toEqual([RISKY]);

    await setText(page, sel, CLEAN);
    await editorOf(page, 'Carlos Ruiz').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__posted.length > 1);
    expect(await posted(page)).toEqual([RISKY, CLEAN]);
    await page.close();
  });

  it('holds Enter-to-send in the Spanish UI the same way', async () => {
    const { page, overlay } = await withDraft('messaging-es.html', 'Carlos Ruiz', RISKY, CARLOS);
    await page.keyboard.press('Enter');
    await overlay.waitForDialog();
    expect(await who(overlay)).toContain('message to Carlos Ruiz');
    await overlay.click('Edit');
    expect(await textOf(page, CARLOS)).toBe(RISKY);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });
});
