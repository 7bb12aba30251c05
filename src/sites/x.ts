// The X adapter: which composer an event belongs to, what it holds, who posts it and to whom.
// Logic only; every selector lives in x-selectors.ts. Everything is resolved at event time from
// the event's own target and scoped to its dialog (or, inline, to the smallest container holding
// that composer's editors and its one submit). Reads only: never writes into the page.
import type { Composer, ComposerReading, SiteAdapter } from './adapter';
import * as S from './x-selectors';

type Keep = (el: Element) => boolean;

const DOCUMENT_POSITION_FOLLOWING = 4;

function asElement(node: unknown): Element | null {
  if (!node || typeof node !== 'object' || !('nodeType' in node)) return null;
  const n = node as Node;
  return n.nodeType === 1 ? (n as Element) : n.parentElement;
}

/** The innermost target (inside open shadow roots too), else event.target. */
function targetOf(event: Event): Element | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  return asElement(path[0] ?? event.target);
}

function closest(el: Element, variants: S.Variants): Element | null {
  for (const v of variants) {
    const found = el.closest(v);
    if (found) return found;
  }
  return null;
}

function first(root: ParentNode, variants: S.Variants): Element | null {
  for (const v of variants) {
    const found = root.querySelector(v);
    if (found) return found;
  }
  return null;
}

/** All matches of the first variant that matches anything (after `keep`). */
function all(root: ParentNode, variants: S.Variants, keep?: Keep): Element[] {
  for (const v of variants) {
    const found = [...root.querySelectorAll(v)].filter((el) => !keep || keep(el));
    if (found.length) return found;
  }
  return [];
}

const dialogOf = (el: Element) => closest(el, S.dialog);
/** Keeps only elements in the same dialog as `dialog` (null: in none). */
const sameDialog =
  (dialog: Element | null): Keep =>
  (el) =>
    dialogOf(el) === dialog;

function composerOf(from: Element, clicked: HTMLElement | null): Composer | null {
  const dialog = dialogOf(from);
  const keep = sameDialog(dialog);
  let root = dialog;
  if (!root) {
    for (let a = from.parentElement; a && a !== a.ownerDocument.documentElement; a = a.parentElement) {
      if (all(a, S.editor, keep).length && all(a, S.submit, keep).length) {
        root = a;
        break;
      }
    }
  }
  if (!root) return null;
  const editors = all(root, S.editor, keep);
  const submits = all(root, S.submit, keep);
  // Inline, the container must hold exactly one composer: one submit.
  if (!dialog && submits.length !== 1) return null;
  const editor = editors[0];
  const submit = clicked ?? submits[0];
  if (!(editor instanceof HTMLElement) || !(submit instanceof HTMLElement)) return null;
  const c: Composer = { kind: '', root, editor, submit };
  const where = dialog ? 'modal' : 'inline';
  c.kind =
    editor.tagName === 'TEXTAREA' ? 'narrow' : editors.length > 1 ? 'thread' : replyOf(c) ? `reply-${where}` : where;
  return c;
}

function handleFromPath(href: string | null | undefined): string | undefined {
  const m = S.HANDLE_HREF.exec(href ?? '');
  return m?.[1] && !S.NOT_HANDLES.includes(m[1]) ? `@${m[1]}` : undefined;
}

const handleFromHref = (link: Element | null | undefined) => handleFromPath(link?.getAttribute('href'));

function handleFromAvatar(avatar: Element | null | undefined): string | undefined {
  const handle = avatar?.getAttribute(S.AVATAR_ATTR)?.slice(S.AVATAR_PREFIX.length) ?? '';
  return S.HANDLE.test(handle) ? `@${handle}` : undefined;
}

function handleFromLines(el: Element | null): string | undefined {
  for (const line of el ? el.querySelectorAll('*') : []) {
    if (line.firstElementChild) continue;
    const m = S.HANDLE_LINE.exec(line.textContent?.trim() ?? '');
    if (m) return `@${m[1]}`;
  }
  return undefined;
}

const authorOf = (tweet: Element | undefined) =>
  tweet ? handleFromHref(first(tweet, S.tweetAuthorLink)) : undefined;

const precedes = (a: Element, b: Element) =>
  !a.contains(b) && (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING) !== 0;

function pathname(el: Element): string {
  return (el.ownerDocument.defaultView ?? globalThis).location?.pathname ?? '';
}

/** null: not a reply. Otherwise whom it answers, when the page shows it. */
function replyOf(c: Composer): { to: string | undefined } | null {
  const dialog = dialogOf(c.root);
  if (dialog) {
    // Reply modal: the replied-to post sits above the editor (a quoted post sits below it).
    const above = all(dialog, S.tweet).filter((t) => precedes(t, c.editor));
    return above.length ? { to: authorOf(above.at(-1)) } : null;
  }
  const path = S.STATUS_PATH.exec(pathname(c.root));
  const column = closest(c.root, S.primaryColumn);
  if (!path || !column) return null;
  // Status page: the focal post is the one linking to the path's id, right above the composer.
  const above = all(column, S.tweet).filter((t) => precedes(t, c.editor));
  const idOf = (a: Element) => S.STATUS_ID.exec(a.getAttribute('href') ?? '')?.[1];
  const permalink = (t: Element) => all(t, S.tweetStatusLink).some((a) => idOf(a) === path[2]);
  const focal = above.find(permalink) ?? above.at(-1);
  return { to: authorOf(focal) ?? handleFromPath(`/${path[1]}`) };
}

function account(root: Element): string | undefined {
  const doc = root.ownerDocument;
  return (
    handleFromAvatar(first(doc, S.accountAvatar)) ??
    handleFromLines(first(doc, S.accountSwitcher)) ??
    handleFromHref(first(doc, S.profileLink)) ??
    handleFromAvatar(all(root, S.composerAvatar, (a) => !closest(a, S.tweet))[0])
  );
}

function textOf(editor: Element): string {
  if (editor.tagName === 'TEXTAREA') return (editor as HTMLTextAreaElement).value;
  const blocks = all(editor, S.draftBlock);
  return blocks.length ? blocks.map((b) => b.textContent ?? '').join('\n') : (editor.textContent ?? '');
}

export const x: SiteAdapter = {
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],

  composerForSubmit(event) {
    const target = targetOf(event);
    const button = target && closest(target, S.submit);
    return button instanceof HTMLElement ? composerOf(button, button) : null;
  },

  composerForEditor(event) {
    const target = targetOf(event);
    const editor = target && closest(target, S.editor);
    return editor ? composerOf(editor, null) : null;
  },

  isSendKey(event, composer) {
    if (event.isComposing || event.keyCode === 229 || event.key !== 'Enter') return false;
    if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return false;
    const target = targetOf(event);
    return !target || composer.root.contains(target);
  },

  read(composer): ComposerReading {
    const editors = all(composer.root, S.editor, sameDialog(dialogOf(composer.root)));
    const texts = (editors.length ? editors : [composer.editor]).map(textOf);
    const reply = replyOf(composer);
    const reading: ComposerReading = { text: texts.join('\n\n'), context: reply ? 'reply' : 'post' };
    const who = account(composer.root);
    if (who) reading.account = who;
    if (reply?.to) reading.replyTo = reply.to;
    if (texts.length > 1) reading.thread = true;
    return reading;
  },

  resolveSubmit(composer) {
    const { root, submit } = composer;
    if (submit.isConnected && root.contains(submit)) return submit;
    if (!root.isConnected) return null;
    const found = all(root, S.submit, sameDialog(dialogOf(root)))[0];
    return found instanceof HTMLElement ? found : null;
  },

  isDisabled(button) {
    return (
      button.hasAttribute('disabled') ||
      (button as HTMLButtonElement).disabled === true ||
      button.getAttribute('aria-disabled') === 'true'
    );
  },
};
