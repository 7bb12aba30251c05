// Runs the built extension in Debian's Chromium (headless) against fixture pages served at the real
// origins. Nothing leaves loopback: every host name resolves to nothing, and pages come from routes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
const FIXTURES = join(ROOT, 'tests/fixtures');

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** `extraArgs`: more Chromium switches (e.g. a net log, --js-flags=--expose-gc). */
export async function launch(extraArgs: string[] = []): Promise<Session> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'second-look-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      ...extraArgs,
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  // The worker warms its engine up right after start (src/background/warm-up.ts); a task queued
  // behind it returns once that is done, so tests start from a worker a person would meet.
  // Likewise its first read of managed storage, which Chrome answers only after a few seconds.
  await (await worker()).evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 200)); // WARM_UP_AFTER_MS, then the warm-up itself
    await new Promise((resolve) => setTimeout(resolve, 0));
    const session = (globalThis as any).chrome.storage.session;
    while (!(await session.get('managedPolicy')).managedPolicy) await new Promise((r) => setTimeout(r, 50));
  });
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type Site = 'x' | 'facebook' | 'linkedin';
const ORIGINS: Record<Site, string> = { x: 'https://x.com', facebook: 'https://www.facebook.com', linkedin: 'https://www.linkedin.com' };

/**
 * Opens `fixture` (a file under tests/fixtures/<site>) at the site's real origin + `path`, with
 * that site's simulator (tests/e2e/<site>-sim.js), which plays the site's part: it posts, records
 * what was posted in window.__posted, and offers window.__sim.setText / textOf.
 */
export async function openSite(session: Session, site: Site, fixture: string, path: string): Promise<Page> {
  const page = await session.context.newPage();
  const sim = readFileSync(join(import.meta.dirname, `${site}-sim.js`), 'utf8');
  const html = readFileSync(join(FIXTURES, site, fixture), 'utf8').replace(/<\/body>/i, `<script src="/__sim__/${site}-sim.js"></script></body>`);
  await page.route(`${ORIGINS[site]}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === `/__sim__/${site}-sim.js`) return route.fulfill({ contentType: 'text/javascript', body: sim });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
  await page.goto(`${ORIGINS[site]}${path}`);
  await page.waitForFunction(() => '__sim' in window);
  return page;
}

export const openX = (session: Session, fixture: string, path = '/home') => openSite(session, 'x', fixture, path);

export const setText = (page: Page, selector: string, text: string) =>
  page.evaluate(([s, t]) => (window as any).__sim.setText(s, t), [selector, text] as const);
export const textOf = (page: Page, selector: string) => page.evaluate((s) => (window as any).__sim.textOf(s) as string, selector);
export const posted = (page: Page) => page.evaluate(() => (window as any).__posted as string[]);

// The overlay lives in a closed shadow root: page scripts (and Playwright's selectors) cannot see
// it. The tests reach it the way assistive technology does: through the accessibility tree.
interface AXNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
  childIds?: string[];
  properties?: { name: string; value: { value: unknown } }[];
}

export class OverlayProbe {
  private constructor(
    private page: Page,
    private cdp: CDPSession,
  ) {}
  static async for(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await cdp.send('DOM.enable');
    return new OverlayProbe(page, cdp);
  }
  /** The Second Look dialog and everything inside it, in tree order; [] when it is not open. */
  private async dialogNodes(): Promise<AXNode[]> {
    const { nodes } = (await this.cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const dialog = nodes.find((n) => n.role?.value === 'dialog' && (n.name?.value ?? '').startsWith('Second Look'));
    if (!dialog) return [];
    const out: AXNode[] = [];
    const walk = (n: AXNode) => {
      if (!n.ignored) out.push(n);
      for (const id of n.childIds ?? []) {
        const child = byId.get(id);
        if (child) walk(child);
      }
    };
    walk(dialog);
    return out;
  }
  private async find(role: string, namePrefix: string): Promise<AXNode | undefined> {
    return (await this.dialogNodes()).find((n) => n.role?.value === role && (n.name?.value ?? '').startsWith(namePrefix));
  }
  /** The dialog's accessible name, or undefined when no Second Look dialog is open. */
  async dialogName(): Promise<string | undefined> {
    return (await this.dialogNodes())[0]?.name?.value;
  }
  async waitForDialog(timeoutMs = 5000): Promise<string> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const name = await this.dialogName();
      if (name) return name;
      if (Date.now() > until) throw new Error('no Second Look dialog appeared');
      await this.page.waitForTimeout(20);
    }
  }
  /** Every piece of text inside the dialog. */
  async texts(): Promise<string[]> {
    return (await this.dialogNodes()).filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
  }
  /** The name of the element inside the dialog that has keyboard focus, if any. */
  async focused(): Promise<string | undefined> {
    const f = (await this.dialogNodes()).find((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
    return f?.name?.value;
  }
  private async center(node: AXNode) {
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as {
      model: { content: number[] };
    };
    const q = model.content;
    return { x: (q[0]! + q[4]!) / 2, y: (q[1]! + q[5]!) / 2 };
  }
  private async button(prefix: string): Promise<AXNode> {
    const button = await this.find('button', prefix);
    if (!button) throw new Error(`no overlay button named "${prefix}…"`);
    return button;
  }
  /** A real person's click (a trusted event) on the overlay button whose name starts with `prefix`. */
  async click(prefix: string, options: { clickCount?: number } = {}) {
    const { x, y } = await this.center(await this.button(prefix));
    await this.page.mouse.click(x, y, options);
  }
  /** A page script calling .click() on the button (an untrusted event), as a hostile page would. */
  async scriptClick(prefix: string) {
    const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: (await this.button(prefix)).backendDOMNodeId })) as {
      object: { objectId: string };
    };
    await this.cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { this.click(); }' });
  }
}

/**
 * Records in the page whether the overlay's host was ever added, and when, next to when the last
 * pointerdown or Enter happened: click-to-overlay time as the page sees it.
 */
export async function watchOverlay(page: Page) {
  await page.evaluate(() => {
    const w = window as any;
    w.__overlayAt = undefined;
    w.__downAt = undefined;
    window.addEventListener('pointerdown', () => (w.__downAt = performance.now()), true);
    window.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__downAt = performance.now()), true);
    new MutationObserver(() => {
      if (w.__overlayAt === undefined && document.querySelector('second-look-overlay')) w.__overlayAt = performance.now();
    }).observe(document.documentElement, { childList: true });
  });
}
export const overlaySeen = (page: Page) => page.evaluate(() => (window as any).__overlayAt !== undefined);
export const clickToOverlayMs = (page: Page) => page.evaluate(() => (window as any).__overlayAt - (window as any).__downAt);

/** Replaces what the extension keeps in storage.local (policy, settings, accounts seen…). */
export async function seedStorage(session: Session, items: Record<string, unknown>) {
  const worker = await session.worker();
  await worker.evaluate(async (i) => {
    const chrome = (globalThis as any).chrome;
    await chrome.storage.local.clear();
    await chrome.storage.local.set(i);
  }, items);
}

/** The fixtures' account, already asked about once (so its first post is not interrupted). */
export const ALICE_SEEN = {
  accountsSeen: [{ platform: 'x', id: '@alice_dev', firstSeen: '2026-11-01T00:00:00Z', lastSeen: '2026-11-01T00:00:00Z', asked: true }],
};

/** Settings for suites about one site's composers: no first-time account question. */
export const QUIET = { settings: { askAboutNewAccounts: false } };

/** Stops every service worker of the profile, as Chrome does to an idle MV3 worker. */
export async function stopWorkers(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The same browser without the extension: a baseline for what the extension adds. */
export async function launchWithoutExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'second-look-e2e-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Stops every service worker of the profile and waits until Chrome reports them stopped. */
export async function stopWorkersAndWait(page: Page, timeoutMs = 5000) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const running = new Map<string, string>();
    let changed = () => {};
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) running.set(v.versionId, v.runningStatus);
      changed();
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const until = Date.now() + timeoutMs;
    while (![...running.values()].every((s) => s === 'stopped')) {
      if (Date.now() > until) throw new Error(`service workers did not stop: ${[...running.values()].join(', ')}`);
      await new Promise<void>((r) => {
        changed = r;
        setTimeout(r, 50);
      });
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * A DevTools session on the extension's service worker. Playwright offers none for workers: this
 * attaches from the browser's own CDP session (flatten: false) and speaks through
 * Target.sendMessageToTarget. Attach while the worker runs; a stopped worker ends the session.
 */
export class WorkerCDP {
  private next = 1;
  private pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private listeners = new Map<string, ((params: any) => void)[]>();
  private constructor(
    private browserSession: CDPSession,
    private sessionId: string,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== this.sessionId) return;
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: unknown };
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message));
        else p?.resolve(msg.result);
      } else if (msg.method) for (const l of this.listeners.get(msg.method) ?? []) l(msg.params);
    });
  }
  static async attach(session: Session): Promise<WorkerCDP> {
    const browser = session.context.browser();
    if (!browser) throw new Error('no browser for this context');
    const b = await browser.newBrowserCDPSession();
    const worker = await session.worker();
    const { targetInfos } = await b.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === worker.url());
    if (!target) throw new Error('no service worker target');
    const { sessionId } = await b.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    return new WorkerCDP(b, sessionId);
  }
  send<T = any>(method: string, params: object = {}): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.browserSession.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  }
  on(method: string, listener: (params: any) => void) {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }
  async detach() {
    await this.browserSession.detach().catch(() => undefined);
  }
}
