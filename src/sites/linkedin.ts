// The LinkedIn adapter: which composer an event belongs to (the share dialog, a comment box of the
// new feed or of a post page, a message form), what it holds, who posts it and to whom. Logic only;
// every selector lives in linkedin-selectors.ts. Everything is resolved at event time from the
// event's innermost target (inside the #interop-outlet shadow root too) and scoped to the dialog,
// comment box or message form it came from. Reads only: never writes into the page.
import type { Composer, ComposerReading, SiteAdapter, Unreadable } from './adapter';
import { all, clean, closest, first, follows, isDisabled, matchesAny, pathname, plainEnter, targetOf, type Variants } from './dom';
import * as S from './linkedin-selectors';

type Kind = 'share' | 'comment-feed' | 'comment-form' | 'message';
type Build = (from: Element, clicked: HTMLElement | null) => Composer | null;

const html = (el: Element | null | undefined): HTMLElement | null => (el instanceof HTMLElement ? el : null);

function composer(kind: Kind, root: Element, editor: Element | null, submit: Element | null): Composer | null {
  const e = html(editor);
  const s = html(submit);
  return e && s ? { kind, root, editor: e, submit: s } : null;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let p: Element | null = a; p; p = p.parentElement) if (p.contains(b)) return p;
  return null;
}

// --- Composers, one builder per kind --------------------------------------------------------

const shareComposer: Build = (from, clicked) => {
  const dialog = closest(from, S.shareDialog);
  return dialog ? composer('share', dialog, first(dialog, S.shareEditor), clicked ?? first(dialog, S.shareSubmit)) : null;
};

/**
 * New feed: a post may hold several comment boxes (a comment and replies) with no stable class
 * around each. Editor and submit pair up in document order: a submit belongs to the last editor
 * before it, an editor to the first submit after it, with no other editor or submit in between.
 */
const feedComposer: Build = (from, clicked) => {
  const post = closest(from, S.feedPost);
  if (!post) return null;
  const editors = all(post, S.feedEditor);
  const submits = all(post, S.feedSubmit);
  const items = [...editors.map((el) => ({ el, editor: true })), ...submits.map((el) => ({ el, editor: false }))];
  items.sort((a, b) => (a.el === b.el ? 0 : follows(a.el, b.el) ? -1 : 1));
  const at = items.findIndex((i) => i.el === (clicked ?? from));
  const pair = clicked ? items[at - 1] : items[at + 1];
  if (at < 0 || !pair || pair.editor === !clicked) return null;
  const editor = clicked ? pair.el : from;
  const submit = clicked ?? pair.el;
  const box = commonAncestor(editor, submit);
  return box ? composer('comment-feed', box, editor, submit) : null;
};

const formComposer: Build = (from, clicked) => {
  const form = closest(from, S.commentForm);
  return form ? composer('comment-form', form, first(form, S.commentEditor), clicked ?? first(form, S.commentSubmit)) : null;
};

const messageComposer: Build = (from, clicked) => {
  const form = closest(from, S.messageForm);
  return form ? composer('message', form, first(form, S.messageEditor), clicked ?? first(form, S.messageSend)) : null;
};

/** Per kind: its submit variants, its editor variants, its builder (tried in this order). */
const KINDS: readonly { kind: Kind; submit: Variants; editor: Variants; build: Build }[] = [
  { kind: 'share', submit: S.shareSubmit, editor: S.shareEditor, build: shareComposer },
  { kind: 'message', submit: S.messageSend, editor: S.messageEditor, build: messageComposer },
  { kind: 'comment-form', submit: S.commentSubmit, editor: S.commentEditor, build: formComposer },
  { kind: 'comment-feed', submit: S.feedSubmit, editor: S.feedEditor, build: feedComposer },
];

// --- Reading --------------------------------------------------------------------------------

/** A line of an editor: its text, with <br> inside it as a line break (a trailing one only keeps the line open). */
function blockText(block: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && (c as Element).tagName === 'BR') out += '\n';
      else if (c.nodeType === 1) walk(c);
    }
  };
  walk(block);
  return out.replace(/\n$/, '');
}

/** Quill, ProseMirror and the message editor all hold one block (<p>) per line. */
function editorText(editor: Element): string {
  const blocks = [...editor.children];
  const text = blocks.length
    ? blocks.flatMap((b) => (b.tagName === 'OL' || b.tagName === 'UL' ? [...b.children].map(blockText) : [blockText(b)])).join('\n')
    : (editor.textContent ?? '');
  return text.replace(/\uFEFF/g, '');
}

/** The text lines a person sees in `el`: each text node, whitespace collapsed, hidden copies and icons skipped. */
function lines(el: Element | null | undefined): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) {
        const t = clean(c.nodeValue);
        if (t) out.push(t);
      } else if (c.nodeType === 1 && !matchesAny(c as Element, S.notShown)) walk(c);
    }
  };
  if (el) walk(el);
  return out;
}

function me(root: Element): string | undefined {
  return first(root.ownerDocument, S.mePhoto)?.getAttribute('alt')?.trim() || undefined;
}

function audience(line: string | undefined): string | undefined {
  if (!line) return undefined;
  const prefix = S.AUDIENCE_PREFIXES.find((p) => line.startsWith(p) && line.length > p.length);
  return prefix ? line.slice(prefix.length) : line;
}

function postAuthor(c: Composer): string | undefined {
  const classic = closest(c.root, S.classicPost);
  if (classic) return lines(first(classic, S.classicPostAuthor))[0];
  const post = closest(c.root, S.feedPost);
  if (!post) return undefined;
  for (const link of all(post, S.feedPostAuthorLink)) {
    if (c.root.contains(link)) break; // past the header, into the comment box
    const name = lines(link)[0];
    if (name) return name;
  }
  return undefined;
}

function recipientOf(form: Element): string | undefined {
  const convo = closest(form, S.conversation) ?? form.parentElement ?? form;
  const names = all(convo, S.recipient, (el) => !!lines(el)[0]).map((el) => lines(el)[0]);
  return names.length ? names.join(', ') : undefined;
}

function shown(el: Element, upTo: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let a: Element | null = el; a && a !== upTo; a = a.parentElement) {
    if (a.hasAttribute('hidden') || view?.getComputedStyle(a).display === 'none') return false;
  }
  return true;
}

/**
 * LinkedIn's "Press Enter to Send" setting, from what the form shows: the send options' radios when
 * they are rendered ("Press Enter to Send" is the first); otherwise the Send button, which the site
 * shows only with "Click Send" (with Enter to send there is none, or it is hidden).
 */
function sendsOnEnter(form: Element): boolean {
  const radios = all(form, S.sendOptions) as HTMLInputElement[];
  if (radios.length > 1 && radios.some((r) => r.checked)) return radios[0]!.checked;
  const send = first(form, S.messageSend);
  return !send || !shown(send, form);
}

/**
 * What is missing around a submit the adapter knows but could not pair with its composer; null when
 * the click is no send after all (a new-feed button with no editor before it: the Comment toggle).
 */
function missingFor(kind: Kind, button: Element): Unreadable | null {
  const scope =
    kind === 'share' ? S.shareDialog : kind === 'comment-feed' ? S.feedPost : kind === 'message' ? S.messageForm : S.commentForm;
  const root = closest(button, scope);
  if (!root) return { kind, missing: [kind === 'share' ? 'dialog' : kind === 'comment-feed' ? 'post' : 'form'] };
  if (kind === 'comment-feed' && !all(root, S.anyEditor).some((e) => follows(e, button))) return null;
  return { kind, missing: ['editor'] };
}

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  hosts: ['www.linkedin.com'],

  composerForSubmit(event) {
    const target = targetOf(event);
    if (!target) return null;
    for (const k of KINDS) {
      const button = html(closest(target, k.submit));
      if (button) return k.build(button, button);
    }
    return null;
  },

  composerForEditor(event) {
    const target = targetOf(event);
    if (!target) return null;
    for (const k of KINDS) {
      const editor = closest(target, k.editor);
      const c = editor && k.build(editor, null);
      if (c) return c;
    }
    return null;
  },

  isSendKey(event, composer) {
    if (composer.kind !== 'message' || !plainEnter(event)) return false; // share and comments: Enter is a new line
    const target = targetOf(event);
    return (!target || composer.root.contains(target)) && sendsOnEnter(composer.root);
  },

  read(c): ComposerReading {
    const text = editorText(c.editor);
    const member = me(c.root);
    if (c.kind === 'share') {
      // The author line names a person or a page; company pages post from their admin pages.
      const [author, audienceLine] = lines(first(c.root, S.shareAuthor));
      const admin = S.COMPANY_ADMIN_PATH.test(pathname(c.root));
      const reading: ComposerReading = { text, context: 'post' };
      const account = author ?? (admin ? undefined : member);
      if (account) reading.account = account;
      const to = audience(audienceLine);
      if (to) reading.audience = to;
      if (admin || (author && member && author !== member)) reading.identity = 'page';
      else if (account && account === member) reading.identity = 'person';
      return reading;
    }
    const message = c.kind === 'message';
    const reading: ComposerReading = { text, context: message ? 'message' : 'comment' };
    if (member) reading.account = member;
    const to = message ? recipientOf(c.root) : postAuthor(c);
    if (to) reading.replyTo = to;
    return reading;
  },

  resolveSubmit(c) {
    if (c.submit.isConnected && c.root.contains(c.submit)) return c.submit;
    if (!c.editor.isConnected) return null;
    const k = KINDS.find((k) => k.kind === c.kind);
    return k?.build(c.editor, null)?.submit ?? null;
  },

  isDisabled,

  unreadable(event): Unreadable | null {
    const target = targetOf(event);
    if (!target) return null;
    if (event.type === 'keydown') {
      // Enter in a message editor whose form has no Send button to release the message with.
      if (!plainEnter(event as KeyboardEvent) || !closest(target, S.messageEditor)) return null;
      const form = closest(target, S.messageForm);
      if (!form) return { kind: 'message', missing: ['form'] };
      return sendsOnEnter(form) && !first(form, S.messageSend) ? { kind: 'message', missing: ['submit'] } : null;
    }
    if (event.type !== 'click') return null;
    for (const k of KINDS) {
      const button = closest(target, k.submit);
      if (!button) continue;
      if (k.build(button, html(button))) return null;
      return missingFor(k.kind, button);
    }
    return null;
  },
};
