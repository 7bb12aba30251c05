// @vitest-environment happy-dom
// The X adapter against committed HTML fixtures (tests/fixtures/x). Events are real: dispatched on
// the element and handled by a capture listener on window, as the content script does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Composer } from '../../src/sites/adapter';
import { x } from '../../src/sites/x';

const fixtures = join(import.meta.dirname, '../fixtures/x');

function load(name: string, path = '/home') {
  const html = readFileSync(join(fixtures, name), 'utf8');
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  document.documentElement.lang = lang;
  history.replaceState(null, '', path);
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
  history.replaceState(null, '', '/');
});

const $ = (selector: string, root: ParentNode = document): HTMLElement => {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
};
const layers = () => $('#layers');
const main = () => $('main');

/** Dispatches `event` on `el` and returns what `handle` made of it in a window capture listener. */
function during<T>(el: Element, event: Event, handle: (e: Event) => T): T {
  let out: { value: T } | undefined;
  const listener = (e: Event) => {
    out = { value: handle(e) };
  };
  window.addEventListener(event.type, listener, { capture: true });
  el.dispatchEvent(event);
  window.removeEventListener(event.type, listener, { capture: true });
  if (!out) throw new Error(`${event.type} never reached window`);
  return out.value;
}

const click = (el: Element) =>
  during(el, new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }), (e) =>
    x.composerForSubmit(e),
  );

function keydown(el: Element, init: KeyboardEventInit & { keyCode?: number } = {}) {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  return during(el, event, (e) => {
    const composer = x.composerForEditor(e);
    return { composer, send: composer ? x.isSendKey(e as KeyboardEvent, composer) : false };
  });
}

function must(c: Composer | null): Composer {
  expect(c).not.toBeNull();
  return c as Composer;
}

describe('x adapter: home, inline composer', () => {
  it('finds the inline composer from a click on its Post button (or on the label inside it)', () => {
    load('home-inline.html');
    const button = $('[data-testid="tweetButtonInline"]');
    const c = must(click(button));
    expect(c.kind).toBe('inline');
    expect(c.submit).toBe(button);
    expect(c.editor).toBe($('[data-testid="tweetTextarea_0"]'));
    expect(c.root.contains(c.editor) && c.root.contains(c.submit)).toBe(true);
    expect(c.root.contains($('article'))).toBe(false);
    expect(must(click($('span span', button))).submit).toBe(button);
  });

  it('reads the blocks joined with newlines, the account and the context', () => {
    load('home-inline.html');
    const before = document.documentElement.outerHTML;
    const reading = x.read(must(click($('[data-testid="tweetButtonInline"]'))));
    expect(reading).toEqual({
      text: 'Shipping the new build today #release\n\nNotes: https://example.com/notes',
      account: '@alice_dev',
      context: 'post',
    });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('falls back to the switcher text line, then to the profile link, for the account', () => {
    load('home-inline.html');
    const c = must(click($('[data-testid="tweetButtonInline"]')));
    $('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]').removeAttribute('data-testid');
    expect(x.read(c).account).toBe('@alice_dev');
    $('[data-testid="SideNav_AccountSwitcher_Button"]').remove();
    $('[data-testid="AppTabBar_Profile_Link"]').setAttribute('href', '/alice_alt');
    expect(x.read(c).account).toBe('@alice_alt');
  });

  it('returns null for every other click', () => {
    load('home-inline.html');
    for (const sel of [
      '[aria-label="Add photos or video"]',
      '[data-testid="gifSearchButton"]',
      '[data-testid="scheduleOption"]',
      '[data-testid="like"]',
      '[data-testid="reply"]',
      '[data-testid="SideNav_NewTweet_Button"]',
      '[data-testid="SideNav_AccountSwitcher_Button"]',
      '[data-testid="tweetTextarea_0"]',
    ]) {
      expect(click($(sel)), sel).toBeNull();
    }
    expect(x.composerForSubmit(new MouseEvent('click'))).toBeNull();
  });

  it('treats Ctrl+Enter and ⌘+Enter in the editor as send, and nothing else', () => {
    load('home-inline.html');
    const editor = $('[data-testid="tweetTextarea_0"]');
    const span = $('span[data-text="true"]', editor);
    const ctrl = keydown(span, { ctrlKey: true });
    expect(ctrl.composer?.kind).toBe('inline');
    expect(ctrl.composer?.submit).toBe($('[data-testid="tweetButtonInline"]'));
    expect(ctrl.send).toBe(true);
    expect(keydown(editor, { metaKey: true }).send).toBe(true);
    expect(keydown(editor).send).toBe(false);
    expect(keydown(editor, { ctrlKey: true, shiftKey: true }).send).toBe(false);
    expect(keydown(editor, { ctrlKey: true, altKey: true }).send).toBe(false);
    expect(keydown(editor, { ctrlKey: true, isComposing: true }).send).toBe(false);
    expect(keydown(editor, { ctrlKey: true, key: 'Process', keyCode: 229 }).send).toBe(false);
    expect(keydown(editor, { ctrlKey: true, keyCode: 229 }).send).toBe(false);
    expect(keydown(editor, { ctrlKey: true, key: 'a' }).send).toBe(false);
  });

  it('finds no composer for events outside an editor', () => {
    load('home-inline.html');
    expect(keydown($('[data-testid="SearchBox_Search_Input"]'), { ctrlKey: true }).composer).toBeNull();
    expect(keydown($('[data-testid="tweetButtonInline"]'), { ctrlKey: true }).composer).toBeNull();
    expect(keydown($('[data-testid="tweetText"]'), { ctrlKey: true }).composer).toBeNull();
  });

  it('tells disabled buttons by attribute, property or aria-disabled', () => {
    load('home-inline.html');
    const button = $('[data-testid="tweetButtonInline"]') as HTMLButtonElement;
    expect(x.isDisabled(button)).toBe(false);
    expect(x.isDisabled($('[data-testid="geoButton"]'))).toBe(true);
    button.disabled = true;
    expect(x.isDisabled(button)).toBe(true);
    button.disabled = false;
    button.setAttribute('aria-disabled', 'true');
    expect(x.isDisabled(button)).toBe(true);
  });

  it('looks the submit up again when the site re-renders it', () => {
    load('home-inline.html');
    const c = must(click($('[data-testid="tweetButtonInline"]')));
    expect(x.resolveSubmit(c)).toBe(c.submit);
    const fresh = c.submit.cloneNode(true) as HTMLElement;
    c.submit.replaceWith(fresh);
    expect(x.resolveSubmit(c)).toBe(fresh);
    c.root.remove();
    expect(x.resolveSubmit(c)).toBeNull();
  });
});

describe('x adapter: compose modal over the inline composer', () => {
  it('finds the modal, not the inline composer, from the modal button', () => {
    load('modal.html', '/compose/post');
    expect(document.querySelectorAll('[data-testid="tweetTextarea_0"]')).toHaveLength(2);
    const c = must(click($('[data-testid="tweetButton"]')));
    expect(c.kind).toBe('modal');
    expect(c.root.getAttribute('role')).toBe('dialog');
    expect(layers().contains(c.editor)).toBe(true);
    expect(x.read(c)).toEqual({
      text: 'Big news: the beta opens Monday.\nSign up at example.com/beta',
      account: '@alice_dev',
      context: 'post',
    });
  });

  it('finds the inline composer, with its own text, from the inline button while the modal is open', () => {
    load('modal.html', '/compose/post');
    const c = must(click($('[data-testid="tweetButtonInline"]')));
    expect(c.kind).toBe('inline');
    expect(main().contains(c.root)).toBe(true);
    expect(c.root.contains($('[data-testid="tweetButton"]'))).toBe(false);
    expect(x.read(c).text).toBe('inline draft: lunch at noon?');
  });

  it('keeps keyboard sends to the editor they were typed in', () => {
    load('modal.html', '/compose/post');
    const modal = keydown($('[data-testid="tweetTextarea_0"]', layers()), { ctrlKey: true });
    expect(modal.send).toBe(true);
    expect(modal.composer?.submit).toBe($('[data-testid="tweetButton"]'));
    const inline = keydown($('[data-testid="tweetTextarea_0"]', main()), { ctrlKey: true });
    expect(inline.composer?.submit).toBe($('[data-testid="tweetButtonInline"]'));
  });

  it('ignores the other buttons of the modal', () => {
    load('modal.html', '/compose/post');
    for (const sel of ['[data-testid="app-bar-close"]', '[data-testid="unsentButton"]', '[data-testid="createPollButton"]']) {
      expect(click($(sel, layers())), sel).toBeNull();
    }
  });
});

describe('x adapter: replies', () => {
  const replyText = 'Same here. The arm64 pool is backed up\nagain.';

  it('reads a reply modal: context, reply-to, account, text', () => {
    load('reply-modal.html');
    const c = must(click($('[data-testid="tweetButton"]')));
    expect(c.kind).toBe('reply-modal');
    expect(x.read(c)).toEqual({ text: replyText, account: '@alice_dev', context: 'reply', replyTo: '@bob_builds' });
  });

  it('ignores the timeline behind the reply modal, and finds its empty inline composer', () => {
    load('reply-modal.html');
    expect(click($('[data-testid="like"]', main()))).toBeNull();
    expect(click($('[data-testid="reply"]', main()))).toBeNull();
    // An empty draft: its button is disabled (and takes no clicks); Ctrl+Enter still finds it.
    const inline = must(keydown($('[data-testid="tweetTextarea_0"]', main()), { ctrlKey: true }).composer);
    expect(inline.kind).toBe('inline');
    expect(inline.submit).toBe($('[data-testid="tweetButtonInline"]'));
    expect(x.isDisabled(inline.submit)).toBe(true);
    expect(x.read(inline)).toEqual({ text: '', account: '@alice_dev', context: 'post' });
  });

  it('falls back to the composer\'s own avatar for the account, never the replied-to author\'s', () => {
    load('reply-modal.html');
    $('[data-testid="SideNav_AccountSwitcher_Button"]').remove();
    $('[data-testid="AppTabBar_Profile_Link"]').remove();
    expect(x.read(must(click($('[data-testid="tweetButton"]')))).account).toBe('@alice_dev');
  });

  it('reads the Spanish reply modal the same way (no visible or aria-label text used)', () => {
    load('reply-modal.html');
    const en = x.read(must(click($('[data-testid="tweetButton"]'))));
    load('reply-modal-es.html');
    expect(document.documentElement.lang).toBe('es');
    expect(document.body.textContent).toContain('Respondiendo a');
    const c = must(click($('[data-testid="tweetButton"]')));
    expect(c.kind).toBe('reply-modal');
    expect(x.read(c)).toEqual(en);
    expect(keydown($('[data-testid="tweetTextarea_0"]', layers()), { ctrlKey: true }).composer?.kind).toBe('reply-modal');
  });

  it('reads an inline reply on a status page', () => {
    load('reply-inline.html', '/bob_builds/status/1790000000000000001');
    const c = must(click($('[data-testid="tweetButtonInline"]')));
    expect(c.kind).toBe('reply-inline');
    expect(x.read(c)).toEqual({ text: replyText, account: '@alice_dev', context: 'reply', replyTo: '@bob_builds' });
    expect(keydown(c.editor, { metaKey: true }).composer?.kind).toBe('reply-inline');
  });

  it('ignores the buttons of the posts around it', () => {
    load('reply-inline.html', '/bob_builds/status/1790000000000000001');
    for (const el of document.querySelectorAll('article [data-testid="like"], article [data-testid="reply"]')) {
      expect(click(el)).toBeNull();
    }
    expect(click($('[data-testid="app-bar-back"]'))).toBeNull();
  });

  it('takes the reply-to from the path when no post is rendered, and is no reply off a status page', () => {
    load('reply-inline.html', '/bob_builds/status/1790000000000000001');
    const c = must(click($('[data-testid="tweetButtonInline"]')));
    for (const a of document.querySelectorAll('article')) a.remove();
    expect(x.read(c).replyTo).toBe('@bob_builds');
    load('reply-inline.html', '/home');
    const off = must(click($('[data-testid="tweetButtonInline"]')));
    expect(off.kind).toBe('inline');
    expect(x.read(off).context).toBe('post');
  });
});

describe('x adapter: thread and narrow layout', () => {
  it('reads a thread as one composer: posts joined with a blank line, flagged', () => {
    load('thread.html', '/compose/post');
    const c = must(click($('[data-testid="tweetButton"]')));
    expect(c.kind).toBe('thread');
    expect(c.editor).toBe($('[data-testid="tweetTextarea_0"]', layers()));
    expect(x.read(c)).toEqual({
      text:
        'Thread: what we learned moving CI to arm64 🧵\n\n' +
        '1/ Builds got 30% faster.\nCaches needed a rebuild.\n\n' +
        '2/ Flaky tests went from 12 to 3.',
      account: '@alice_dev',
      context: 'post',
      thread: true,
    });
  });

  it('finds the thread from any of its editors, and ignores its other buttons', () => {
    load('thread.html', '/compose/post');
    const k = keydown($('[data-testid="tweetTextarea_2"]'), { ctrlKey: true });
    expect(k.send).toBe(true);
    expect(k.composer?.kind).toBe('thread');
    expect(k.composer?.submit).toBe($('[data-testid="tweetButton"]'));
    expect(click($('[data-testid="addButton"]'))).toBeNull();
    expect(click($('[aria-label="Remove post"]'))).toBeNull();
  });

  it('reads the narrow textarea by its value', () => {
    load('narrow.html', '/compose/post');
    const c = must(click($('[data-testid="tweetButton"]')));
    expect(c.kind).toBe('narrow');
    expect(c.editor.tagName).toBe('TEXTAREA');
    expect(x.read(c)).toEqual({ text: 'Typed on my phone.\nSecond line.', account: '@alice_dev', context: 'post' });
    (c.editor as HTMLTextAreaElement).value = 'Edited after load';
    expect(x.read(c).text).toBe('Edited after load');
    const k = keydown(c.editor, { ctrlKey: true });
    expect(k.send).toBe(true);
    expect(k.composer?.submit).toBe(c.submit);
    expect(keydown(c.editor).send).toBe(false);
    $('[data-testid="DashButton_ProfileIcon_Link"]').remove();
    expect(x.read(c).account).toBe('@alice_dev');
  });
});

describe('x adapter: shape', () => {
  it('serves the X hosts', () => {
    expect(x.platform).toBe('x');
    expect(x.hosts).toEqual(expect.arrayContaining(['x.com', 'twitter.com']));
  });

  it('keeps selectors as data, each variant with a comment saying where it applies', () => {
    const src = readFileSync(join(import.meta.dirname, '../../src/sites/x-selectors.ts'), 'utf8').split('\n');
    let variants = 0;
    src.forEach((line, i) => {
      if (/^\s+'.*',$/.test(line)) {
        variants++;
        expect(src[i - 1], `variant on line ${i + 1} has no comment`).toMatch(/^\s+\/\/ \S/);
      }
    });
    expect(variants).toBeGreaterThan(10);
    const logic = readFileSync(join(import.meta.dirname, '../../src/sites/x.ts'), 'utf8');
    expect(logic).not.toMatch(/data-testid|\[role=/);
  });
});
