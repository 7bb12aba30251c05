// Hostile pages, in real Chromium: a page script cannot press the overlay's buttons, read what it
// shows, reach the extension's policy or journal, or start a review by forging messages. And the
// extension makes no network request of its own during a whole flow, recorded three ways.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE_SEEN, launch, OverlayProbe, openX, posted, QUIET, seedStorage, setText, textOf, WorkerCDP, type Session } from './harness';

const EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]';
const BUTTON = '[role="dialog"] [data-testid="tweetButton"]';
const RISKY = 'Hi {first_name}, your trip to Lisbon is confirmed! Details: https://example.com/trips/lisbon';
const CLEAN = 'Good morning from Madrid! Where are you flying this weekend?';
const SEEDED = { ...ALICE_SEEN, ...QUIET };
/** Text only the overlay shows (the who line and a finding's message): never in the page's reach. */
const OVERLAY_ONLY = [/Posting as @alice_dev/, /template marker/i, /Second Look/];

let session: Session;
beforeAll(async () => {
  session = await launch();
  await seedStorage(session, SEEDED);
});
afterAll(async () => {
  await session?.close();
});

async function heldRisky(page?: Page) {
  page ??= await openX(session, 'modal.html', '/compose/post');
  await setText(page, EDITOR, RISKY);
  const overlay = await OverlayProbe.for(page);
  await page.click(BUTTON);
  await overlay.waitForDialog();
  return { page, overlay };
}

const journalCount = async () =>
  (await session.worker()).evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('second-look');
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve(0) : reject(open.error));
        open.onsuccess = () => {
          const req = open.result.transaction('journal').objectStore('journal').count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
        };
      }),
  );

const lastAction = async () =>
  (await session.worker()).evaluate(
    () =>
      new Promise<string | undefined>((resolve) => {
        const open = indexedDB.open('second-look');
        open.onsuccess = () => {
          const req = open.result.transaction('journal').objectStore('journal').openCursor(null, 'prev');
          req.onsuccess = () => {
            resolve((req.result?.value as { action?: string } | undefined)?.action);
            open.result.close();
          };
        };
      }),
  );

describe('the overlay against page scripts', () => {
  it('synthetic Enter, Space and Escape, and script clicks, sent anywhere the page can reach, do nothing', async () => {
    const { page, overlay } = await heldRisky();
    const fire = () =>
      page.evaluate(() => {
        const host = document.querySelector('second-look-overlay')!;
        const targets: EventTarget[] = [document.activeElement!, host, document.documentElement, document.body, document, window];
        for (const target of targets) {
          for (const key of ['Enter', ' ', 'Escape']) {
            for (const type of ['keydown', 'keypress', 'keyup']) {
              target.dispatchEvent(new KeyboardEvent(type, { key, code: key === ' ' ? 'Space' : key, bubbles: true, composed: true, cancelable: true }));
            }
          }
          target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        }
        host.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        (host as HTMLElement).click();
        return document.activeElement === host; // focus sits inside the closed root: the page sees only the host
      });
    expect(await fire()).toBe(true);
    // Again with Post anyway focused (a person's Tab), where Enter would press it.
    while (!(await overlay.focused())?.startsWith('Post')) await page.keyboard.press('Tab');
    await fire();
    await page.waitForTimeout(200);
    expect(await overlay.dialogName()).toMatch(/^Second Look/);
    expect(await overlay.focused()).toMatch(/^Post/);
    expect(await posted(page)).toEqual([]);
    expect(await textOf(page, EDITOR)).toBe(RISKY);
    // The same key from the person's keyboard does act: the checks above were not vacuous.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toEqual([RISKY]);
    await page.close();
  });

  it('cannot read it: a closed root, nothing in innerText, textContent or a select-all, even with attachShadow patched first', async () => {
    const page = await openX(session, 'modal.html', '/compose/post');
    // A page that patches attachShadow before anything else runs, to force roots open and keep them.
    await page.addInitScript(() => {
      const w = window as any;
      w.__roots = [];
      const original = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        const root = original.call(this, { ...init, mode: 'open' });
        w.__roots.push(root);
        return root;
      };
    });
    await page.reload();
    await page.waitForFunction(() => '__sim' in window);
    const { overlay } = await heldRisky(page);
    const texts = (await overlay.texts()).join(' ');
    for (const re of OVERLAY_ONLY) expect(texts).toMatch(re); // the overlay does show them
    const seen = await page.evaluate(() => {
      const host = document.querySelector('second-look-overlay')!;
      const selection = getSelection()!;
      selection.selectAllChildren(document.documentElement);
      const selected = selection.toString();
      document.execCommand('selectAll');
      const selectedAll = getSelection()!.toString();
      return {
        shadowRoot: host.shadowRoot,
        patchedRoots: ((window as any).__roots as ShadowRoot[]).filter((r) => r.host === host).length,
        children: host.childNodes.length,
        hostText: `${host.textContent}${(host as HTMLElement).innerText}`,
        page: [document.body.innerText, document.documentElement.innerText, document.documentElement.textContent, document.documentElement.outerHTML, selected, selectedAll].join('\n'),
      };
    });
    expect(seen.shadowRoot).toBeNull();
    expect(seen.patchedRoots).toBe(0); // the content script's own world has its own, unpatched, prototypes
    expect(seen.children).toBe(0);
    expect(seen.hostText).toBe('');
    for (const re of OVERLAY_ONLY) expect(seen.page).not.toMatch(re);
    await page.close();
  });

  it('a page that removes the overlay does not leave the post stuck: recorded as left, the next click is held and reviewed again', async () => {
    const { page } = await heldRisky();
    await page.evaluate(() => document.querySelector('second-look-overlay')!.remove());
    await expect.poll(lastAction).toBe('left');
    const overlay = await OverlayProbe.for(page);
    await page.click(BUTTON);
    const name = await overlay.waitForDialog(3000).catch(() => undefined);
    console.log(`after the page removed the overlay, a new click: ${name ? `overlay "${name}"` : 'nothing'}`);
    expect(name).toMatch(/^Second Look/);
    await overlay.click('Post');
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    await page.waitForTimeout(150);
    expect(await posted(page)).toEqual([RISKY]);
    await page.close();
  });
});

describe('the extension’s data and messages are out of the page’s reach', () => {
  it('no file of the extension can be fetched or loaded by the page; the page has no runtime to message it', async () => {
    const page = await openX(session, 'modal.html', '/compose/post');
    const id = session.extensionId;
    const result = await page.evaluate(async (id) => {
      const paths = ['manifest.json', 'src/ui/options/index.html', 'src/ui/popup/index.html', 'src/content/x.iife.js', 'service-worker-loader.js', '_locales/en/messages.json'];
      const fetched: string[] = [];
      for (const p of paths) {
        await fetch(`chrome-extension://${id}/${p}`).then(
          (r) => fetched.push(`${p}: ${r.status}`),
          () => undefined,
        );
      }
      const script = await new Promise<string>((resolve) => {
        const s = document.createElement('script');
        s.src = `chrome-extension://${id}/service-worker-loader.js`;
        s.onload = () => resolve('loaded');
        s.onerror = () => resolve('error');
        document.head.append(s);
      });
      const frame = await new Promise<string>((resolve) => {
        const f = document.createElement('iframe');
        f.src = `chrome-extension://${id}/src/ui/options/index.html`;
        f.onload = () => {
          let readable = 'unreadable';
          try {
            readable = f.contentDocument?.body?.innerText ?? 'unreadable';
          } catch {
            readable = 'unreadable';
          }
          resolve(readable);
        };
        document.body.append(f);
        setTimeout(() => resolve('no load'), 1000);
      });
      const chrome = (window as any).chrome;
      const dbs = (await indexedDB.databases()).map((d) => d.name);
      return { fetched, script, frame, runtime: typeof chrome?.runtime?.sendMessage, connect: typeof chrome?.runtime?.connect, storage: typeof chrome?.storage, dbs };
    }, id);
    console.log(`page → extension: ${JSON.stringify(result)}`);
    expect(result.fetched).toEqual([]);
    expect(result.script).toBe('error');
    expect(result.frame).not.toMatch(/Second Look|policy|journal/i);
    expect(result.runtime).toBe('undefined');
    expect(result.connect).toBe('undefined');
    expect(result.storage).toBe('undefined');
    expect(result.dbs).not.toContain('second-look');
    await page.close();
  });

  it('forged envelopes (postMessage, custom events) start no review: no journal entry, no overlay, nothing held', async () => {
    const page = await openX(session, 'modal.html', '/compose/post');
    await setText(page, EDITOR, CLEAN);
    const before = await journalCount();
    await page.evaluate((text) => {
      const draft = { text, platform: 'x', context: 'post', account: '@alice_dev' };
      const envelope = { app: 'second-look', method: 'review', params: draft };
      window.postMessage(envelope, '*');
      window.postMessage(JSON.stringify(envelope), '*');
      window.postMessage({ ...envelope, method: 'outcome', params: { reviewId: 1, action: 'posted' } }, '*');
      window.postMessage({ ...envelope, method: 'setAccountKind', params: { platform: 'x', id: '@alice_dev', kind: 'personal' } }, '*');
      for (const type of ['second-look', 'second-look:review', 'message']) document.dispatchEvent(new CustomEvent(type, { detail: envelope }));
    }, RISKY);
    await page.waitForTimeout(500);
    expect(await journalCount()).toBe(before);
    expect(await page.evaluate(() => document.querySelector('second-look-overlay'))).toBeNull();
    const policy = await (await session.worker()).evaluate(async () => (await (globalThis as any).chrome.storage.local.get('policy')).policy);
    expect(policy).toBeUndefined(); // setAccountKind was not forged through
    // A person's click still goes through the one real path, once.
    await page.click(BUTTON);
    await page.waitForFunction(() => (window as any).__posted.length > 0);
    expect(await posted(page)).toEqual([CLEAN]);
    expect(await journalCount()).toBe(before + 1);
    await page.close();
  });
});

// --- network ----------------------------------------------------------------------------------

interface PageRequest {
  url: string;
  initiator: string;
  /** Script URLs on the initiator's stack. */
  stack: string[];
}

/** Every request a page makes, with who started it (CDP Network on the page target). */
async function recordPage(page: Page): Promise<{ cdp: CDPSession; requests: PageRequest[] }> {
  const cdp = await page.context().newCDPSession(page);
  const requests: PageRequest[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    const frames: { url: string }[] = [];
    for (let s = e.initiator.stack; s; s = s.parent) frames.push(...s.callFrames);
    requests.push({ url: e.request.url, initiator: e.initiator.type, stack: frames.map((f) => f.url) });
  });
  await cdp.send('Network.enable');
  return { cdp, requests };
}

describe('no network from the extension', () => {
  it('a whole flow (site pages, reviews, overlay, posts, options page, popup) sends nothing anywhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'second-look-netlog-'));
    const netlog = join(dir, 'netlog.json');
    const s = await launch([`--log-net-log=${netlog}`, '--net-log-capture-mode=Everything']);
    const id = s.extensionId;
    const own = (url: string) => url.startsWith(`chrome-extension://${id}/`);
    try {
      await seedStorage(s, SEEDED);
      // 1. Every request the browser context sees, with its frame (extension pages) or worker.
      const contextRequests: { url: string; from: string }[] = [];
      s.context.on('request', (r) => {
        let from = 'unknown';
        try {
          from = r.serviceWorker() ? `worker ${r.serviceWorker()!.url()}` : r.frame().url();
        } catch {
          from = 'detached';
        }
        contextRequests.push({ url: r.url(), from });
      });
      // 2. DevTools Network on the worker itself.
      const worker = await WorkerCDP.attach(s);
      const workerRequests: string[] = [];
      worker.on('Network.requestWillBeSent', (e) => workerRequests.push(e.request.url));
      await worker.send('Network.enable');

      // The flow: a risky post held and posted anyway (its link is never visited), a clean one.
      const page = await openX(s, 'modal.html', '/compose/post');
      const site = await recordPage(page);
      await page.reload();
      await page.waitForFunction(() => '__sim' in window);
      await setText(page, EDITOR, RISKY);
      const overlay = await OverlayProbe.for(page);
      await page.click(BUTTON);
      await overlay.waitForDialog();
      await overlay.click('Post');
      await page.waitForFunction(() => (window as any).__posted.length === 1);
      const inline = await openX(s, 'home-inline.html', '/home');
      const inlineRec = await recordPage(inline);
      await setText(inline, '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]', CLEAN);
      await inline.click('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]');
      await inline.waitForFunction(() => (window as any).__posted.length === 1);
      for (const path of ['src/ui/options/index.html', 'src/ui/popup/index.html']) {
        const p = await s.context.newPage();
        await p.goto(`chrome-extension://${id}/${path}`);
        await p.waitForTimeout(500);
        await p.close();
      }
      await page.waitForTimeout(300);

      // The site pages: only the fixture's own origin and the URLs written in the fixture's HTML.
      const fixtures = ['modal.html', 'home-inline.html'].map((f) => readFileSync(join(import.meta.dirname, '../fixtures/x', f), 'utf8')).join('\n');
      const pageRequests = [...site.requests, ...inlineRec.requests];
      expect(pageRequests.length).toBeGreaterThan(0);
      const strangers = pageRequests.filter((r) => !r.url.startsWith('https://x.com/') && !fixtures.includes(r.url));
      const fromExtension = pageRequests.filter((r) => r.stack.some((u) => u.startsWith('chrome-extension://')));
      const contextFromExtension = contextRequests.filter((r) => (r.from.startsWith('chrome-extension://') || r.from.startsWith('worker')) && !own(r.url));
      console.log(
        `requests: ${pageRequests.length} from the site pages (${[...new Set(pageRequests.map((r) => new URL(r.url).host))].join(', ')}), ` +
          `${contextRequests.filter((r) => own(r.url)).length} of the extension's own files, ${workerRequests.length} from the worker`,
      );
      expect(strangers).toEqual([]);
      expect(fromExtension).toEqual([]);
      expect(contextFromExtension).toEqual([]);
      expect(workerRequests.filter((u) => !own(u))).toEqual([]);
      expect([...pageRequests.map((r) => r.url), ...contextRequests.map((r) => r.url), ...workerRequests].some((u) => u.includes('example.com'))).toBe(false);

      // Controls: the recorders would have seen it. A request from the content script's world (its
      // script URL on the stack) is caught, and the worker cannot even start one (CSP connect-src 'self').
      const { contexts } = await (async () => {
        const cdp = await s.context.newCDPSession(page);
        const found: { id: number; origin: string }[] = [];
        cdp.on('Runtime.executionContextCreated', (e) => found.push({ id: e.context.id, origin: e.context.origin }));
        await cdp.send('Runtime.enable');
        const script = found.find((c) => c.origin === `chrome-extension://${id}`);
        if (script)
          await cdp.send('Runtime.evaluate', {
            contextId: script.id,
            expression: `fetch('https://example.com/control').catch(() => 0)\n//# sourceURL=chrome-extension://${id}/control.js`,
            awaitPromise: true,
          });
        return { contexts: found };
      })();
      expect(contexts.some((c) => c.origin === `chrome-extension://${id}`)).toBe(true);
      await page.waitForTimeout(200);
      expect(site.requests.filter((r) => r.stack.some((u) => u.startsWith('chrome-extension://'))).map((r) => r.url)).toEqual(['https://example.com/control']);
      const blocked = await worker.send<{ result: { value: string } }>('Runtime.evaluate', {
        expression: "fetch('https://example.com/from-worker').then(() => 'sent', (e) => String(e))",
        awaitPromise: true,
      });
      expect(blocked.result.value).toMatch(/Failed to fetch/);
      await worker.detach();
    } finally {
      await s.close();
    }

    // 3. The browser's own net log: every request the network service made, with its initiator.
    const log = JSON.parse(readFileSync(netlog, 'utf8')) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: { url?: string; initiator?: string } }[] };
    rmSync(dir, { recursive: true, force: true });
    const START = log.constants.logEventTypes.URL_REQUEST_START_JOB;
    const jobs = log.events.filter((e) => e.type === START && e.params?.url).map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '' }));
    const byExtension = jobs.filter((j) => j.initiator.startsWith('chrome-extension://'));
    console.log(`net log: ${jobs.length} requests; initiators ${JSON.stringify([...new Set(jobs.map((j) => j.initiator))])}`);
    expect(byExtension).toEqual([]);
    // The only request to the draft's link is the control above, from the content script's world.
    expect(jobs.filter((j) => j.url.includes('example.com')).map((j) => j.url)).toEqual(['https://example.com/control']);
  });
});
