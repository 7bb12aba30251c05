// A review's writes (tab status, accounts seen, journal entry) run side by side, and the answer
// goes back only once all of them are done: a worker stopped right after answering leaves nothing
// unwritten. Their failures show as before: no journal id, no first-time question.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, type FakeBrowser } from '../helpers/fake-browser';

const holder = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', () => ({ default: (holder.browser = fakeBrowser()) }));

const { handleReview } = await import('../../src/background/handlers');
const { POLICY_KEY } = await import('../../src/background/policy-store');
const { ACCOUNTS_SEEN_KEY } = await import('../../src/background/accounts-seen');
const { clearJournal, recentEntries } = await import('../../src/background/journal');

const NOW = new Date('2026-11-20T15:00:00Z');
const b = () => holder.browser;
const POLICY = { version: 1, accounts: [{ platform: 'x', id: '@nimbusair', kind: 'brand' }] };
const SEEN = [{ platform: 'x', id: '@nimbusair', firstSeen: '2026-11-01T00:00:00Z', lastSeen: '2026-11-01T00:00:00Z', asked: true }];
const clean = (account: string) => ({ text: 'Good morning from Madrid! Where are you flying this weekend?', platform: 'x', context: 'post', account }) as const;

type Area = FakeBrowser['storage']['local'];
/** Holds every write of `key` to `area` until `open()` (or fails it with `fail()`); `started` tells whether one came. */
function gate(area: Area, key: string) {
  const original = area.set.bind(area);
  let release!: (ok: boolean) => void;
  const opened = new Promise<boolean>((r) => (release = r));
  const g = { started: false, open: () => release(true), fail: () => release(false) };
  vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if (!(key in items)) return original(items);
    g.started = true;
    if (!(await opened)) throw new Error('QUOTA_BYTES quota exceeded');
    return original(items);
  });
  return g;
}

/** Keeps the journal's store busy from a second connection (as another page could) until `release()`. */
async function holdJournal() {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('second-look', 1);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  let spinning = true;
  const store = db.transaction('journal', 'readwrite').objectStore('journal');
  const spin = () => spinning && (store.count().onsuccess = spin);
  spin();
  return () => {
    spinning = false;
    db.close();
  };
}

/** Lets queued promise callbacks and timers run (fake IndexedDB and storage are asynchronous). */
const settle = () => new Promise((r) => setTimeout(r, 30));
/** Whether `p` has settled by now. */
async function settled(p: Promise<unknown>) {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await settle();
  return done;
}

beforeEach(async () => {
  b().storage.local.reset({ [POLICY_KEY]: POLICY, [ACCOUNTS_SEEN_KEY]: SEEN });
  b().storage.session.reset({ managedPolicy: {} });
  await clearJournal();
});
afterEach(() => vi.restoreAllMocks());

describe("a clean post's writes", () => {
  it('run side by side: the journal entry is written while the account is still being written down', async () => {
    const seen = gate(b().storage.local, ACCOUNTS_SEEN_KEY);
    const answer = handleReview(clean('@nimbusair'), 3, NOW);
    await settle();
    expect(seen.started).toBe(true);
    expect((await recentEntries()).map((e) => e.action)).toEqual(['posted']); // before: only after the account write
    expect(await settled(answer)).toBe(false); // … and the answer still waits for it
    seen.open();
    const a = await answer;
    expect(a).toMatchObject({ verdict: 'clear', mode: 'guard' });
    expect(a.reviewId).toBe((await recentEntries())[0]!.id);
    expect((await b().storage.local.get(ACCOUNTS_SEEN_KEY))[ACCOUNTS_SEEN_KEY]).toEqual([{ ...SEEN[0], lastSeen: NOW.toISOString() }]);
  });

  it('the tab status does not hold up the engine or the journal, and is written before the answer', async () => {
    const tab = gate(b().storage.session, 'tab:3');
    const answer = handleReview(clean('@nimbusair'), 3, NOW);
    await settle();
    expect(tab.started).toBe(true);
    expect(await recentEntries()).toHaveLength(1); // before: nothing ran until the tab status was written
    expect(await settled(answer)).toBe(false);
    tab.open();
    await answer;
    expect((await b().storage.session.get('tab:3'))['tab:3']).toMatchObject({ platform: 'x', account: '@nimbusair', readable: true });
  });

  it('the answer waits for the journal entry: once answered, the entry is in the journal', async () => {
    const release = await holdJournal();
    const answer = handleReview(clean('@nimbusair'), 3, NOW);
    expect(await settled(answer)).toBe(false);
    release();
    const a = await answer;
    expect(a.reviewId).toBeTypeOf('number');
    expect((await recentEntries())[0]).toMatchObject({ id: a.reviewId, action: 'posted' });
  });

  it('a review that fails still leaves its writes done before the error goes back', async () => {
    b().storage.local.reset({ [POLICY_KEY]: POLICY, [ACCOUNTS_SEEN_KEY]: SEEN, settings: { keepDraftText: true } });
    const tab = gate(b().storage.session, 'tab:3');
    vi.spyOn(b().storage.local, 'get').mockRejectedValueOnce(new Error('storage is gone'));
    const answer = handleReview(clean('@nimbusair'), 3, NOW);
    expect(await settled(answer)).toBe(false);
    tab.open();
    await expect(answer).rejects.toThrow('storage is gone');
    expect((await b().storage.session.get('tab:3'))['tab:3']).toBeDefined();
  });
});

describe('failures show as before', () => {
  it('a journal that cannot be written: the post is still answered, without a journal id', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The journal is full.', 'QuotaExceededError');
    });
    const a = await handleReview(clean('@nimbusair'), 3, NOW);
    expect(a).toMatchObject({ verdict: 'clear', mode: 'guard' });
    expect(a).not.toHaveProperty('reviewId');
  });

  it('tab status and a known account that cannot be written: the post is still answered and journaled', async () => {
    gate(b().storage.session, 'tab:3').fail();
    gate(b().storage.local, ACCOUNTS_SEEN_KEY).fail();
    const a = await handleReview(clean('@nimbusair'), 3, NOW);
    expect(a).toMatchObject({ verdict: 'clear', mode: 'guard', reviewId: expect.any(Number) });
    expect(a).not.toHaveProperty('askKind');
  });

  it('a new account: the journal entry waits for it to be written down; when it cannot be, no question, and the post goes straight out', async () => {
    const seen = gate(b().storage.local, ACCOUNTS_SEEN_KEY);
    const answer = handleReview(clean('@newcomer'), 3, NOW);
    await settle();
    expect(await recentEntries()).toEqual([]); // the entry's action depends on the question
    seen.fail();
    const a = await answer;
    expect(a).not.toHaveProperty('askKind');
    expect((await recentEntries())[0]).toMatchObject({ id: a.reviewId, account: '@newcomer', action: 'posted' });
  });

  it('a new account written down: asked once, the entry pending', async () => {
    const a = await handleReview(clean('@newcomer'), 3, NOW);
    expect(a.askKind).toBe(true);
    expect((await recentEntries())[0]).toMatchObject({ id: a.reviewId, action: 'pending' });
  });
});
