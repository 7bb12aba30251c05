// The worker answers only its own content scripts on supported sites, and only well-formed drafts.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../helpers/fake-browser';

const browser = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({ default: (browser.current = fakeBrowser()) }));
const { route, isTrustedSender } = await import('../../src/background/router');
const { loadRuleList } = await import('../../src/ui/options/rule-list');
const { rules } = await import('../../src/core/rules');

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const fromX = { id: ID, tab: { url: 'https://x.com/home' } };
/** The options page: an extension page in a tab of its own (options_ui.open_in_tab). */
const fromOptions = { id: ID, url: `chrome-extension://${ID}/src/ui/options/index.html`, tab: { id: 7, url: `chrome-extension://${ID}/src/ui/options/index.html` } };
const draft = { text: 'Hi {first_name}!', platform: 'x', context: 'post', account: '@me' };

describe('worker router', () => {
  it('reviews a draft from its content script on x.com', async () => {
    const a = await route({ app: 'second-look', method: 'review', params: draft }, fromX, ID);
    expect(a).toMatchObject({ ok: true, value: { verdict: 'stop', account: { kind: 'unknown' } } });
  });
  it('ignores other extensions, other sites, plain http and foreign messages', () => {
    const msg = { app: 'second-look', method: 'review', params: draft };
    expect(route(msg, { ...fromX, id: 'other' }, ID)).toBeUndefined();
    expect(route(msg, { id: ID, tab: { url: 'https://evil.example/x.com' } }, ID)).toBeUndefined();
    expect(route(msg, { id: ID, tab: { url: 'http://x.com/home' } }, ID)).toBeUndefined();
    expect(route({ method: 'review', params: draft }, fromX, ID)).toBeUndefined();
    expect(route('review', fromX, ID)).toBeUndefined();
  });
  it('answers a malformed draft with an error, not a review', async () => {
    expect(await route({ app: 'second-look', method: 'review', params: { text: 5 } }, fromX, ID)).toMatchObject({ ok: false });
    expect(await route({ app: 'second-look', method: 'nope', params: null }, fromX, ID)).toMatchObject({ ok: false });
  });
  it('trusts the extension own pages (no tab) but not web pages', () => {
    expect(isTrustedSender({ id: ID, url: `chrome-extension://${ID}/popup.html` }, ID)).toBe(true);
    expect(isTrustedSender({ id: ID, url: 'https://x.com/' }, ID)).toBe(false);
  });
});

describe('rule list for the options page', () => {
  const ask = (params: unknown, sender: Parameters<typeof route>[1]) => route({ app: 'second-look', method: 'ruleList', params }, sender, ID);

  it('answers every rule\'s metadata, in the engine\'s order, to the extension own pages', async () => {
    expect(await ask(null, fromOptions)).toEqual({ ok: true, value: rules.map((r) => r.meta) });
    expect(await ask(null, { id: ID, url: `chrome-extension://${ID}/src/ui/popup/index.html` })).toEqual({ ok: true, value: rules.map((r) => r.meta) });
  });
  it('the options page reads the same list through its client', async () => {
    const list = await loadRuleList((m) => route(m, fromOptions, ID) ?? Promise.resolve(undefined));
    expect(list).toEqual(rules.map((r) => r.meta));
    expect(list.map((m) => m.id)).toContain('placeholder');
  });
  it('is not for content scripts, and takes no parameters', async () => {
    expect(await ask(null, fromX)).toMatchObject({ ok: false });
    expect(await ask({ all: true }, fromOptions)).toMatchObject({ ok: false });
    expect(ask(null, { ...fromOptions, id: 'other' })).toBeUndefined();
  });
  it('the client refuses an error, a malformed answer and silence', async () => {
    await expect(loadRuleList(async () => ({ ok: false, error: 'boom' }))).rejects.toThrow('boom');
    await expect(loadRuleList(async () => ({ ok: true, value: [{ id: 'x', category: 'nope', severity: 'info', description: '' }] }))).rejects.toThrow();
    await expect(loadRuleList(async () => undefined)).rejects.toThrow();
    await expect(loadRuleList(() => new Promise(() => undefined), 20)).rejects.toThrow('did not answer');
  });
});
