// Shared by the adapter tests: load a committed fixture into happy-dom, and dispatch real events on
// its elements, handled by a capture listener on window as the content script does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Composer, SiteAdapter } from '../../src/sites/adapter';

/** Puts tests/fixtures/<site>/<name> in the document at `path`, with its language. */
export function loadFixture(site: string, name: string, path: string) {
  const html = readFileSync(join(import.meta.dirname, '../fixtures', site, name), 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  document.documentElement.lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  history.replaceState(null, '', path);
  // Declarative shadow roots: Chromium's parser attaches them, happy-dom's innerHTML does not.
  for (const t of document.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')) {
    const shadow = t.parentElement!.attachShadow({ mode: t.getAttribute('shadowrootmode') as ShadowRootMode });
    shadow.append(t.content.cloneNode(true));
    t.remove();
  }
}

export function resetDocument() {
  document.documentElement.innerHTML = '<head></head><body></body>';
  history.replaceState(null, '', '/');
}

export const $ = (selector: string, root: ParentNode = document): HTMLElement => {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
};
export const $$ = (selector: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(selector)];

/** Dispatches `event` on `el` and returns what `handle` made of it in a window capture listener. */
export function during<T>(el: Element, event: Event, handle: (e: Event) => T): T {
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

/** A click as a person makes it (trusted), or as a page script does (`script`). */
export function clickEvent(script = false) {
  const e = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  if (!script) Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

/** A keydown, Enter unless `init` says otherwise; `keyCode` 229 is what an input method sends. */
export function keyEvent(init: KeyboardEventInit & { keyCode?: number } = {}) {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  return event;
}

export function must(c: Composer | null): Composer {
  expect(c).not.toBeNull();
  return c as Composer;
}

/** What `adapter` makes of a click or a keydown on an element. */
export function drive(adapter: SiteAdapter) {
  return {
    click: (el: Element, script = false) => during(el, clickEvent(script), (e) => adapter.composerForSubmit(e)),
    keydown: (el: Element, init: KeyboardEventInit & { keyCode?: number } = {}) =>
      during(el, keyEvent(init), (e) => {
        const composer = adapter.composerForEditor(e);
        return { composer, send: composer ? adapter.isSendKey(e as KeyboardEvent, composer) : false };
      }),
    unreadable: (el: Element, event: Event) => during(el, event, (e) => adapter.unreadable?.(e) ?? null),
  };
}

/** The adapter's selectors file (as lines) and its logic file, for the convention tests. */
export function adapterSources(site: string) {
  const read = (file: string) => readFileSync(join(import.meta.dirname, '../../src/sites', file), 'utf8');
  return { selectors: read(`${site}-selectors.ts`).split('\n'), logic: read(`${site}.ts`) };
}

/** Every selector variant (a quoted line in the data file) has a comment above it; returns how many. */
export function expectCommentedVariants(lines: readonly string[]): number {
  let variants = 0;
  lines.forEach((line, i) => {
    if (/^\s+'.*',$/.test(line)) {
      variants++;
      expect(lines[i - 1], `variant on line ${i + 1} has no comment`).toMatch(/^\s+\/\/ \S/);
    }
  });
  return variants;
}
