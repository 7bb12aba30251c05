// The worker's side of the control room: policy (local under managed), settings, journal, the
// first-time account question and the crisis reminder.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, type FakeBrowser } from '../helpers/fake-browser';

const holder = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', () => ({ default: (holder.browser = fakeBrowser()) }));

const { handleAccountKind, handleOutcome, handleReview } = await import('../../src/background/handlers');
const { loadPolicyState, importPolicyText, POLICY_KEY } = await import('../../src/background/policy-store');
const { normalizeSettings, saveSettings } = await import('../../src/background/settings-store');
const { addEntry, clearJournal, recentEntries, overrideStats } = await import('../../src/background/journal');
const { journalCsv } = await import('../../src/background/journal-export');
const { onAlarm } = await import('../../src/background/crisis-reminder');

const NOW = new Date('2026-11-20T15:00:00Z');
const b = () => holder.browser;
const policy = (over: Record<string, unknown> = {}) => ({
  version: 1,
  accounts: [
    { platform: 'x', id: '@nimbusair', kind: 'brand' },
    { platform: 'x', id: '@eyes', kind: 'brand', mode: 'every-post' },
    { platform: 'x', id: '@quiet', kind: 'personal', mode: 'off' },
    { platform: 'x', id: '@qantas', kind: 'brand', crisis: { topic: 'fleet grounded', terms: ['strike'] } },
  ],
  ...over,
});
const draft = (account: string, text = 'Good morning from Madrid! Where are you flying this weekend?') =>
  ({ text, platform: 'x', context: 'post', account }) as const;

beforeEach(async () => {
  b().storage.local.reset({ [POLICY_KEY]: policy() });
  b().storage.managed.reset();
  b().storage.session.reset();
  b().alarms.create.mockClear();
  await clearJournal();
});

describe('reviews in the worker', () => {
  it('a clean post in guard mode is journaled as posted, with its text', async () => {
    const a = await handleReview(draft('@nimbusair'), 3, NOW);
    expect(a).toMatchObject({ verdict: 'clear', mode: 'guard', cooldownSeconds: 0, account: { kind: 'brand' } });
    const [entry] = await recentEntries();
    expect(entry).toMatchObject({ id: a.reviewId, action: 'posted', account: '@nimbusair', text: draft('').text });
    expect(await b().storage.session.get('tab:3')).toMatchObject({ 'tab:3': { platform: 'x', account: '@nimbusair', readable: true } });
  });

  it('a risky post waits for what the person does; the outcome is recorded', async () => {
    const a = await handleReview(draft('@nimbusair', 'Hi {first_name}, your trip is confirmed!'), undefined, NOW);
    expect(a.verdict).toBe('stop');
    expect((await recentEntries())[0]).toMatchObject({ action: 'pending', findings: [{ rule: 'placeholder', excerpt: '{first_name}' }] });
    await handleOutcome(a.reviewId!, 'posted-anyway');
    expect((await recentEntries())[0]!.action).toBe('posted-anyway');
  });

  it('keeps no text when the person turned that off', async () => {
    await saveSettings({ keepDraftText: false });
    await handleReview(draft('@nimbusair'), undefined, NOW);
    expect((await recentEntries())[0]!.text).toBeUndefined();
    await saveSettings({ keepDraftText: true });
  });

  it('every-post, off and crisis modes', async () => {
    expect(await handleReview(draft('@eyes'), undefined, NOW)).toMatchObject({ verdict: 'clear', mode: 'every-post' });
    expect(await handleReview(draft('@quiet', 'Hi {name}'), undefined, NOW)).toMatchObject({ verdict: 'clear', mode: 'off', findings: [] });
    const crisis = await handleReview(draft('@qantas', 'Our crews are on strike today.'), undefined, NOW);
    expect(crisis).toMatchObject({ mode: 'every-post', cooldownSeconds: 10, account: { crisis: 'fleet grounded' }, verdict: 'stop' });
  });

  it('after a post in crisis mode, a reminder is scheduled and becomes a notification', async () => {
    const a = await handleReview(draft('@qantas', 'Updates on rebooking at our help page.'), undefined, NOW);
    await handleOutcome(a.reviewId!, 'posted');
    expect(b().alarms.create).toHaveBeenCalledWith(`crisis-reminder:${a.reviewId}`, { delayInMinutes: 30 });
    await onAlarm({ name: `crisis-reminder:${a.reviewId}` });
    expect(b().notifications.create).toHaveBeenCalledWith(
      `crisis-reminder:${a.reviewId}`,
      expect.objectContaining({ message: expect.stringContaining('fleet grounded') }),
    );
    const calm = await handleReview(draft('@nimbusair'), undefined, NOW);
    b().alarms.create.mockClear();
    await handleOutcome(calm.reviewId!, 'posted');
    expect(b().alarms.create).not.toHaveBeenCalled();
  });

  it('asks about a new account once; the answer becomes part of the policy', async () => {
    expect((await handleReview(draft('@newbrand'), undefined, NOW)).askKind).toBe(true);
    await handleAccountKind('x', '@newbrand', 'brand');
    const again = await handleReview(draft('@newbrand'), undefined, NOW);
    expect(again.askKind).toBeUndefined();
    expect(again.account.kind).toBe('brand');
    expect((await handleReview(draft('@skipper'), undefined, NOW)).askKind).toBe(true);
    await handleAccountKind('x', '@skipper', 'skip');
    expect((await handleReview(draft('@skipper'), undefined, NOW)).askKind).toBeUndefined();
  });

  it('a review redone after the answer takes the place of the first one in the journal', async () => {
    const first = await handleReview(draft('@redo'), undefined, NOW);
    await handleAccountKind('x', '@redo', 'brand');
    const again = await handleReview(draft('@redo'), undefined, NOW, first.reviewId);
    expect(again.reviewId).toBe(first.reviewId);
    expect((await recentEntries()).filter((e) => e.account === '@redo')).toHaveLength(1);
  });

  it('never asks when the person turned the question off', async () => {
    await saveSettings({ askAboutNewAccounts: false });
    expect((await handleReview(draft('@another'), undefined, NOW)).askKind).toBeUndefined();
    await saveSettings({ askAboutNewAccounts: true });
  });
});

describe('policy storage', () => {
  it('a managed policy overrides and locks the fields it sets', async () => {
    b().storage.managed.reset({ blockedTerms: [{ term: 'Project Falcon' }] });
    const state = await loadPolicyState();
    expect(state.locked).toEqual(['blockedTerms']);
    expect(state.policy.blockedTerms).toEqual([{ term: 'Project Falcon' }]);
    expect(state.policy.accounts).toHaveLength(4);
  });

  it('a corrupted saved policy falls back to defaults and says so, and no edit overwrites it', async () => {
    b().storage.local.reset({ [POLICY_KEY]: { version: 1, accounts: 'oops' } });
    const state = await loadPolicyState();
    expect(state.policy.accounts).toEqual([]);
    expect(state.problems[0]).toMatch(/accounts: expected a list/);
    await expect(handleAccountKind('x', '@newbie', 'brand')).rejects.toThrow(/saved policy could not be read/);
    expect((await b().storage.local.get(POLICY_KEY))[POLICY_KEY]).toEqual({ version: 1, accounts: 'oops' });
  });

  it('a bad import is refused whole and the previous policy stays', async () => {
    const r = await importPolicyText(JSON.stringify(policy({ accounts: [{ platform: 'x', id: '@a', kind: 'company' }] })));
    expect(r).toEqual({ ok: false, error: 'accounts[0].kind: expected "brand" or "personal"' });
    expect((await loadPolicyState()).policy.accounts).toHaveLength(4);
  });
});

describe('settings and journal', () => {
  it('damaged settings become valid ones', () => {
    expect(normalizeSettings({ journalLimit: -5, keepDraftText: 'yes', crisisCooldownSeconds: 12.4 })).toEqual({
      keepDraftText: true,
      journalLimit: 10,
      crisisCooldownSeconds: 12,
      crisisReminderMinutes: 30,
      askAboutNewAccounts: true,
    });
  });

  it('trimming keeps the newest entries', async () => {
    for (let i = 0; i < 15; i++) {
      await addEntry({ at: `2026-11-20T15:00:${String(i).padStart(2, '0')}Z`, platform: 'x', context: 'post', verdict: 'clear', mode: 'guard', findings: [], action: 'posted', text: `post ${i}` }, 10);
    }
    const entries = await recentEntries();
    expect(entries.map((e) => e.text)).toEqual(Array.from({ length: 10 }, (_, i) => `post ${14 - i}`));
  });

  it('shows which rules people override most, and exports CSV safely', () => {
    const f = (rule: string) => ({ rule, category: 'tone' as const, severity: 'warning' as const, excerpt: '=cmd|x' });
    const base = { at: '2026-11-20T15:00:00Z', platform: 'x' as const, context: 'post' as const, verdict: 'caution' as const, mode: 'guard' as const };
    const entries = [
      { ...base, findings: [f('tone')], action: 'posted-anyway' as const },
      { ...base, findings: [f('tone')], action: 'posted-anyway' as const },
      { ...base, findings: [f('link')], action: 'edited' as const, text: 'a "quoted", text\nline' },
    ];
    expect(overrideStats(entries)).toEqual([
      { rule: 'tone', shown: 2, overridden: 2 },
      { rule: 'link', shown: 1, overridden: 0 },
    ]);
    const csv = journalCsv(entries);
    expect(csv.split('\r\n')[0]).toMatch(/^at,platform,account/);
    expect(csv).toContain(`"'=cmd|x"`);
    expect(csv).toContain('"a ""quoted"", text\nline"');
  });
});
