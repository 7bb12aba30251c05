// The control room as the person meets it in the overlay: the first-time account question,
// every-post mode, crisis mode's "do not rush" cool-down and its reminder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE_SEEN, launch, OverlayProbe, openX, posted, seedStorage, setText, type Session } from './harness';

const EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';
const BUTTON = '[role="dialog"] [data-testid="tweetButton"]';
const CLEAN = 'Good morning from Madrid! Where are you flying this weekend?';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

async function compose(text: string) {
  const page = await openX(session, 'modal.html', '/compose/post');
  await setText(page, EDITOR, text);
  return { page, overlay: await OverlayProbe.for(page) };
}
const storage = async (key: string) => (await session.worker()).evaluate(async (k) => (await (globalThis as any).chrome.storage.local.get(k))[k], key);

describe('a new account', () => {
  it('is asked about once; the answer is saved, the post reviewed again and posted once', async () => {
    await seedStorage(session, {});
    const { page, overlay } = await compose(CLEAN);
    await page.click(BUTTON);
    await overlay.waitForDialog();
    expect((await overlay.texts()).join(' ')).toMatch(/First post from @alice_dev .* brand account or a personal one/);
    await overlay.click('Brand account');
    await page.waitForTimeout(300);
    expect((await overlay.texts()).join(' ')).toContain('Posting as @alice_dev (brand account) on X');
    expect(await storage('policy')).toMatchObject({ accounts: [{ platform: 'x', id: '@alice_dev', kind: 'brand' }] });
    await overlay.click('Post');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toEqual([CLEAN]);
    await page.close();

    const again = await compose(CLEAN);
    await again.page.click(BUTTON);
    await again.page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await again.overlay.dialogName()).toBeUndefined();
    await again.page.close();
  });
});

describe('every-post mode', () => {
  it('shows who is posting and a checklist for a clean post, then posts it once', async () => {
    await seedStorage(session, { ...ALICE_SEEN, policy: { version: 1, accounts: [{ platform: 'x', id: '@alice_dev', kind: 'brand', mode: 'every-post' }] } });
    const { page, overlay } = await compose(CLEAN);
    await page.click(BUTTON);
    const name = await overlay.waitForDialog();
    expect(name).toMatch(/^Second Look: a second pair of eyes/);
    const texts = (await overlay.texts()).join(' ');
    expect(texts).toContain('Posting as @alice_dev (brand account) on X');
    expect(texts).toContain('Before you post');
    expect(texts).toContain('Is this the right account?');
    expect(await posted(page)).toEqual([]);
    await overlay.click('Post');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toEqual([CLEAN]);
    await page.close();
  });
});

describe('crisis mode', () => {
  it('shows the crisis, makes Post wait its cool-down, then posts once and schedules the reminder', async () => {
    await seedStorage(session, {
      ...ALICE_SEEN,
      settings: { crisisCooldownSeconds: 2, crisisReminderMinutes: 30 },
      policy: { version: 1, accounts: [{ platform: 'x', id: '@alice_dev', kind: 'brand', crisis: { topic: 'service outage', terms: ['outage'] } }] },
    });
    const { page, overlay } = await compose('Service is back for most of you. We keep working on it and will post updates here.');
    await page.click(BUTTON);
    await overlay.waitForDialog();
    const texts = (await overlay.texts()).join(' ');
    expect(texts).toContain('Crisis mode: service outage. Do not rush.');
    expect(texts).toMatch(/Post \(wait \d s\)|Post anyway \(wait \d s\)/);
    await overlay.click('Post');
    await page.waitForTimeout(200);
    expect(await posted(page)).toEqual([]); // still cooling down
    await page.waitForTimeout(2200);
    await overlay.click('Post');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toHaveLength(1);
    await page.waitForTimeout(300);
    const alarms = await (await session.worker()).evaluate(async () => (await (globalThis as any).chrome.alarms.getAll()).map((a: { name: string }) => a.name));
    expect(alarms.some((n: string) => n.startsWith('crisis-reminder:'))).toBe(true);
    await page.close();
  });

  it('a post touching the crisis terms is stopped', async () => {
    const { page, overlay } = await compose('Flash sale during the outage! 50% off everything today 🎉');
    await page.click(BUTTON);
    const name = await overlay.waitForDialog();
    expect(name).toMatch(/^Second Look: \d+ things to check|^Second Look: one thing/);
    expect((await overlay.texts()).join(' ')).toMatch(/outage/);
    await overlay.click('Edit');
    expect(await posted(page)).toEqual([]);
    await page.close();
  });
});
