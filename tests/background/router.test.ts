// The worker answers only its own content scripts on supported sites, and only well-formed drafts.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../helpers/fake-browser';

const browser = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({ default: (browser.current = fakeBrowser()) }));
const { route, isTrustedSender } = await import('../../src/background/router');

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const fromX = { id: ID, tab: { url: 'https://x.com/home' } };
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
