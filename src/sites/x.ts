// The X adapter: which composer an event belongs to, what it holds, who posts it and to whom.
// Logic only; every selector lives in x-selectors.ts. Everything is resolved at event time from
// the event's own target and scoped to its dialog (or, inline, to the smallest container holding
// that composer's editors and its one submit; a direct message to its conversation). Reads only:
// never writes into the page. The new chat may render inside an open shadow root: targets come
// from composedPath(), and lookups stay inside the target's own tree.
import type { Composer, ComposerReading, SiteAdapter, Unreadable } from './adapter';
import { all, closest, first, isDisabled, isEnter, pathname, precedes, targetOf, type Keep, type Variants } from './dom';
import * as S from './x-selectors';

/** closest(), continuing past shadow roots to their hosts (the chat drawer may hold the new chat in one). */
function closestComposed(el: Element, variants: Variants): Element | null {
  for (let at: Element | null = el; at; ) {
    const found = closest(at, variants);
    if (found) return found;
    const root = at.getRootNode() as Partial<ShadowRoot>;
    at = root.host ?? null;
  }
  return null;
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
    editor.tagName === 'TEXTAREA'
      ? 'narrow'
      : editors.length > 1
        ? 'thread'
        : replyOf(c)
          ? `reply-${where}`
          : dialog && quotes(dialog, editor)
            ? 'quote'
            : where;
  return c;
}

/** A compose modal quoting a post: its card sits below the editor (a replied-to post sits above). */
const quotes = (dialog: Element, editor: Element) => all(dialog, S.quotedPost).some((card) => precedes(editor, card));

const isDm = (c: Composer) => c.kind.startsWith('dm');

/** "dm-drawer" in the chat drawer; else "dm-legacy" for the Draft.js box of /messages, "dm" otherwise. */
function dmKind(el: Element): string {
  if (closestComposed(el, S.chatDrawer)) return 'dm-drawer';
  return (el as HTMLElement).isContentEditable ? 'dm-legacy' : 'dm';
}

/** A direct message: the conversation around `from` (its editor or send button), its box and send. */
function dmComposerOf(from: Element, editor: Element | null, clicked: HTMLElement | null): Composer | null {
  const root = closest(from, S.dmConversation);
  if (!root) return null;
  const box = editor ?? first(root, S.dmEditor);
  const submit = clicked ?? first(root, S.dmSend);
  if (!(box instanceof HTMLElement) || !(submit instanceof HTMLElement)) return null;
  return { kind: dmKind(box), root, editor: box, submit };
}

/** Whom a message goes to: the one profile the header links to, else the conversation's name. */
function recipientOf(root: Element): string | undefined {
  const handles = new Set(all(root, S.dmRecipientLink).map(handleFromHref));
  handles.delete(undefined);
  if (handles.size === 1) return [...handles][0];
  const name = first(root, S.dmRecipientName);
  for (const line of name ? [name, ...name.querySelectorAll('*')] : []) {
    const text = line.firstElementChild ? '' : line.textContent?.trim();
    if (text) return text;
  }
  return undefined;
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

/** The posting account; `composerAvatar`: may fall back to the composer's own avatar (not in chats,
 * whose avatars are the other person's). */
function account(root: Element, composerAvatar = true): string | undefined {
  const doc = root.ownerDocument;
  return (
    handleFromAvatar(first(doc, S.accountAvatar)) ??
    handleFromLines(first(doc, S.accountSwitcher)) ??
    handleFromHref(first(doc, S.profileLink)) ??
    (composerAvatar ? handleFromAvatar(all(root, S.composerAvatar, (a) => !closest(a, S.tweet))[0]) : undefined)
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
    if (!target) return null;
    const button = closest(target, S.submit);
    if (button instanceof HTMLElement) return composerOf(button, button);
    const send = closest(target, S.dmSend);
    return send instanceof HTMLElement ? dmComposerOf(send, null, send) : null;
  },

  composerForEditor(event) {
    const target = targetOf(event);
    if (!target) return null;
    const editor = closest(target, S.editor);
    if (editor) return composerOf(editor, null);
    const box = closest(target, S.dmEditor);
    return box ? dmComposerOf(box, box, null) : null;
  },

  isSendKey(event, composer) {
    if (!isEnter(event)) return false;
    // Posts: Ctrl/⌘+Enter (plain Enter is a new line). Messages: Enter, with or without Ctrl/⌘
    // (the chat looks at Shift only (inferred)); Alt+Enter is left alone.
    if (event.altKey || (!isDm(composer) && !(event.ctrlKey || event.metaKey))) return false;
    const target = targetOf(event);
    return !target || composer.root.contains(target);
  },

  read(composer): ComposerReading {
    if (isDm(composer)) {
      const reading: ComposerReading = { text: textOf(composer.editor), context: 'message' };
      const who = account(composer.root, false);
      if (who) reading.account = who;
      const to = recipientOf(composer.root);
      if (to) reading.replyTo = to;
      return reading;
    }
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
    const found = isDm(composer) ? first(root, S.dmSend) : all(root, S.submit, sameDialog(dialogOf(root)))[0];
    return found instanceof HTMLElement ? found : null;
  },

  isDisabled,

  unreadable(event): Unreadable | null {
    const target = targetOf(event);
    if (!target) return null;
    if (event.type === 'click') {
      // A live Post or Send button whose composer has no editor we can find.
      const button = closest(target, S.submit);
      if (button) return isDisabled(button) ? null : { kind: dialogOf(button) ? 'modal' : 'inline', missing: ['editor'] };
      const send = closest(target, S.dmSend);
      return send && !isDisabled(send) ? { kind: dmKind(send), missing: ['editor'] } : null;
    }
    if (event.type !== 'keydown' || !isEnter(event as KeyboardEvent)) return null;
    const key = event as KeyboardEvent;
    // Ctrl/⌘+Enter in a post editor with no Post button around it.
    const editor = closest(target, S.editor);
    if (editor) return (key.ctrlKey || key.metaKey) && !key.altKey ? { kind: dialogOf(editor) ? 'modal' : 'inline', missing: ['submit'] } : null;
    if (key.altKey) return null;
    // Enter in a message box holding text, with no Send button (an empty box sends nothing).
    const box = closest(target, S.dmEditor);
    if (box) return textOf(box).trim() ? { kind: dmKind(box), missing: ['submit'] } : null;
    // Enter in a box with text inside a chat composer, under a test id we do not know.
    const editable = target.tagName === 'TEXTAREA' || (target as HTMLElement).isContentEditable;
    return editable && closest(target, S.dmComposerBox) && textOf(target).trim() ? { kind: dmKind(target), missing: ['editor'] } : null;
  },
};
