// @vitest-environment happy-dom
// The open options page reloads and re-renders only when something it shows changed: a review's
// writes (the tab's status, the account's "last seen" within the same minute) leave it alone.
import 'fake-indexeddb/auto';
import { options, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, type FakeBrowser } from '../helpers/fake-browser';

const holder = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', () => ({ default: (holder.browser = fakeBrowser()) }));

const { OptionsApp } = await import('../../src/ui/options/OptionsApp');
const { optionsShowChange } = await import('../../src/ui/options/shown-changes');
const { handleReview } = await import('../../src/background/handlers');
const { route } = await import('../../src/background/router');
const { noteAccount } = await import('../../src/background/accounts-seen');
const { setTabStatus } = await import('../../src/background/tab-status');
const { savePolicy, refreshManagedMirror, POLICY_KEY } = await import('../../src/background/policy-store');
const { saveSettings } = await import('../../src/background/settings-store');
const { recordUnreadable } = await import('../../src/background/diagnostics');
const { clearJournal } = await import('../../src/background/journal');

const b = () => holder.browser;
const NOON = new Date('2026-11-20T12:00:05Z');
const POLICY = { version: 1, accounts: [{ platform: 'x', id: '@nimbusair', kind: 'brand' }] };
const clean = (account: string) => ({ text: 'Good morning from Madrid!', platform: 'x', context: 'post', account }) as const;

type Changes = Parameters<typeof optionsShowChange>[0];
/** The storage changes `write` makes, as storage.onChanged reports them, and whether the page shows them. */
async function shown(write: () => Promise<unknown>): Promise<boolean[]> {
  const seen: boolean[] = [];
  const listener = (changes: Changes, area: string) => seen.push(optionsShowChange(changes, area));
  b().storage.onChanged.addListener(listener);
  try {
    await write();
  } finally {
    b().storage.onChanged.removeListener(listener);
  }
  return seen;
}

beforeEach(async () => {
  b().storage.local.reset({ [POLICY_KEY]: POLICY });
  b().storage.session.reset();
  b().storage.managed.reset();
  await clearJournal();
});

describe('which storage changes the options page shows', () => {
  it('not a review of a known account: the tab status, and "last seen" within the same minute', async () => {
    await refreshManagedMirror(); // as the worker does when it starts
    await noteAccount('x', '@nimbusair', NOON);
    expect(await shown(() => handleReview(clean('@nimbusair'), 4, new Date(NOON.getTime() + 20_000)))).toEqual([false, false]);
    // Another account posting reorders the stored list: the page lists them in a fixed order.
    await noteAccount('x', '@other', NOON);
    expect(await shown(() => noteAccount('x', '@nimbusair', new Date(NOON.getTime() + 30_000)))).toEqual([false]);
    expect(await shown(() => setTabStatus(9, { platform: 'x', readable: true, at: NOON.toISOString() }))).toEqual([false]);
  });
  it('a new account seen, and "last seen" in a later minute', async () => {
    expect(await shown(() => noteAccount('x', '@brand_new', NOON))).toEqual([true]);
    expect(await shown(() => noteAccount('x', '@brand_new', new Date(NOON.getTime() + 120_000)))).toEqual([true]);
  });
  it('the policy, the settings, the diagnostics, the organisation policy', async () => {
    expect(await shown(() => savePolicy({ ...POLICY, brandDomains: ['nimbusair.example'] }))).toEqual([true]);
    expect(await shown(() => saveSettings({ keepDraftText: false }))).toEqual([true]);
    expect(await shown(() => recordUnreadable({ platform: 'x', kind: 'reply', missing: ['editor'], path: '/home' }))).toEqual([true]);
    await b().storage.managed.set({ brandDomains: ['managed.example'] });
    expect(await shown(() => refreshManagedMirror())).toEqual([true]);
    expect(optionsShowChange({ anything: { newValue: 1 } }, 'managed')).toBe(true);
  });
  it('not the same value written again (a worker start rewrites its managed-policy copy)', async () => {
    expect(await shown(() => refreshManagedMirror())).toEqual([true]); // {} where there was nothing
    expect(await shown(() => refreshManagedMirror())).toEqual([false]);
    await savePolicy(POLICY);
    expect(await shown(() => savePolicy(POLICY))).toEqual([false]);
  });
  it('a stored value it cannot read is shown (the page says what is wrong)', () => {
    expect(optionsShowChange({ accountsSeen: { oldValue: [], newValue: [null] } }, 'local')).toBe(true);
    expect(optionsShowChange({ somethingElse: { newValue: 1 } }, 'local')).toBe(false);
  });
});

describe('the open options page', () => {
  let root: HTMLElement;
  const ownPage = { id: b().runtime.id, url: 'chrome-extension://test-extension/src/ui/options/index.html' };
  beforeEach(() => {
    b().runtime.sendMessage.mockImplementation(async (m: unknown) => route(m, ownPage, b().runtime.id));
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  /** How many times the page has read its data again (only the page reads the diagnostics key). */
  const reads = vi.spyOn(b().storage.local, 'get');
  const reloads = () => reads.mock.calls.filter(([keys]) => keys === 'unreadable').length;
  /** How many times the page's root component has rendered. */
  let renders = 0;
  const diffed = options.diffed;
  beforeEach(() => {
    options.diffed = (vnode: VNode) => {
      if (vnode.type === OptionsApp) renders++;
      diffed?.(vnode);
    };
  });
  afterEach(() => {
    options.diffed = diffed;
  });
  const settle = async () => {
    for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  };

  it('is not read again or re-rendered for a review, and is for what it shows', async () => {
    await refreshManagedMirror();
    await noteAccount('x', '@nimbusair', NOON);
    await act(() => render(<OptionsApp />, root));
    await vi.waitFor(() => expect(root.querySelector('#rules-h')).not.toBeNull());
    await vi.waitFor(() => expect(root.textContent).toContain('placeholder')); // the rule list came from the worker
    await settle();
    const before = reloads();
    const rendersBefore = renders;
    const rendered = root.innerHTML;

    // Three clean posts in the same minute: nothing the page shows changes.
    for (let i = 1; i <= 3; i++) await act(async () => void (await handleReview(clean('@nimbusair'), 4, new Date(NOON.getTime() + i * 1000))));
    await settle();
    expect(reloads()).toBe(before);
    expect(renders).toBe(rendersBefore);
    expect(root.innerHTML).toBe(rendered);

    // A new account posting: the page lists it.
    await act(async () => void (await handleReview(clean('@newcomer'), 4, new Date(NOON.getTime() + 5000))));
    await settle();
    expect(reloads()).toBe(before + 1);
    expect(renders).toBe(rendersBefore + 1);
    expect(root.textContent).toContain('@newcomer');

    // A policy saved elsewhere (the popup, another window): the page follows.
    await act(async () => void (await savePolicy({ ...POLICY, brandDomains: ['nimbusair.example'] })));
    await settle();
    expect(reloads()).toBe(before + 2);
    expect([...root.querySelectorAll('input')].some((i) => i.value === 'nimbusair.example')).toBe(true);
  });
});
