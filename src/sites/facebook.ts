// The Facebook adapter: which composer an event belongs to, what it holds, who posts it and to
// whom. Logic only; every selector lives in facebook-selectors.ts. Facebook's classes rotate and
// its labels are localized, so buttons are told apart by where they sit, never by what they say:
// - the post dialog's send button is the last button with text after the editor in its form
//   (so a Page's Next step button is not it while the Post settings step with the final Post is mounted);
// - a comment's or a chat's send button is the last icon-only button after its editor.
// Everything is resolved at event time from the event's own target. Reads only.
import type { Composer, ComposerReading, SiteAdapter, Unreadable } from './adapter';
import { all, clean, closest, first, isDisabled, matchesAny, pathname, plainEnter, precedes, targetOf } from './dom';
import * as S from './facebook-selectors';

type Kind = 'post' | 'comment' | 'reply' | 'message';

const hasText = (el: Element) => clean(el.textContent) !== '';

/** Lexical: one `<p>` per paragraph (an empty one holds `<br>`). innerText would double the newlines. */
function textOf(editor: Element): string {
  if (editor.tagName === 'TEXTAREA') return (editor as HTMLTextAreaElement).value;
  const paragraphs = all(editor, S.paragraph);
  return paragraphs.length ? paragraphs.map((p) => p.textContent ?? '').join('\n') : (editor.textContent ?? '');
}

/** The chat popup or Messenger pane the element is in. */
function chatOf(el: Element): Element | null {
  return closest(el, S.chatRoot) ?? (S.MESSAGES_PATH.test(pathname(el)) ? closest(el, S.messagesMain) : null);
}

/** The post a comment box belongs to: the outermost post root around it, or the post shown above it in the post viewer. */
function postOf(editor: Element): Element | null {
  let post: Element | null = null;
  for (let a = editor.parentElement; a; a = a.parentElement) if (matchesAny(a, S.postRoot)) post = a;
  if (post) return post;
  const dialog = closest(editor, S.dialog);
  if (!dialog) return null;
  // A post shown above the editor (post viewer); a shared post's preview sits below it (inferred).
  const shown = all(dialog, S.postRoot, (p) => precedes(p, editor));
  return shown.find((p) => !shown.some((q) => q !== p && q.contains(p))) ?? null;
}

/** The comment a reply box answers: a comment around it, or the first comment of its thread. */
function commentOf(editor: Element, post: Element): Element | null {
  for (let a = editor.parentElement; a && a !== post; a = a.parentElement) {
    if (matchesAny(a, S.commentRoot) && post.contains(a)) return a;
  }
  const thread = closest(editor, S.commentThread);
  if (!thread || !post.contains(thread)) return null;
  return first(thread, S.commentRoot, (c) => precedes(c, editor));
}

const holdsPost = (el: Element) => matchesAny(el, S.postRoot) || first(el, S.postRoot) !== null;

/** The comment composer's own box: its form, else the largest box holding this editor and no post or comment. */
function commentScope(editor: Element, post: Element): Element {
  const form = closest(editor, S.commentForm);
  if (form && !form.contains(post) && !holdsPost(form) && all(form, S.editor).length === 1) return form;
  const stop = post.contains(editor) ? post : (closest(editor, S.dialog) ?? post);
  let scope = editor.parentElement ?? editor;
  for (let a = scope.parentElement; a && a !== stop; a = a.parentElement) {
    if (holdsPost(a) || all(a, S.editor).length > 1) break;
    scope = a;
  }
  return scope;
}

/** The last button after the editor in `scope`: with text (a dialog's Post) or icon-only (a comment's or chat's send). */
function lastButton(scope: Element, editor: Element, withText: boolean): HTMLElement | null {
  const buttons = all(scope, S.button, (b) => precedes(editor, b) && hasText(b) === withText);
  const last = buttons.at(-1);
  return last instanceof HTMLElement ? last : null;
}

function composerOf(editor: Element): (Composer & { kind: Kind }) | null {
  if (!(editor instanceof HTMLElement)) return null;
  const make = (kind: Kind, root: Element, submit: HTMLElement | null) => (submit ? { kind, root, editor, submit } : null);
  const chat = chatOf(editor);
  if (chat) return make('message', chat, lastButton(chat, editor, false));
  const post = postOf(editor);
  if (post) {
    const scope = commentScope(editor, post);
    return make(commentOf(editor, post) ? 'reply' : 'comment', scope, lastButton(scope, editor, false));
  }
  const dialog = closest(editor, S.dialog);
  const form = dialog && closest(editor, S.postForm);
  if (!dialog || !form || !dialog.contains(form)) return null;
  return make('post', dialog, lastButton(form, editor, true));
}

const nameOf = (el: Element | null | undefined) =>
  clean(el?.getAttribute('aria-label') ?? el?.getAttribute('alt')) || undefined;

const inHeading = (el: Element) => closest(el, S.heading) !== null;

/** The post dialog's audience button: the first button with text above the editor ("Public"). */
function audienceButton(dialog: Element, editor: Element): Element | null {
  return first(dialog, S.button, (b) => precedes(b, editor) && hasText(b) && !inHeading(b));
}

/** The actor's name in the post dialog: its avatar's label, else the text line right above the audience button. */
function dialogActor(dialog: Element, editor: Element): string | undefined {
  const avatar = all(dialog, S.actorAvatar, (a) => precedes(a, editor) && !inHeading(a)).at(-1);
  const named = nameOf(avatar);
  if (named) return named;
  const audience = audienceButton(dialog, editor);
  if (!audience) return undefined;
  const lines = [...dialog.querySelectorAll('*')].filter(
    (el) => !el.firstElementChild && hasText(el) && precedes(el, audience) && !inHeading(el) && !closest(el, S.button),
  );
  return clean(lines.at(-1)?.textContent) || undefined;
}

function ownName(doc: Document): string | undefined {
  return clean(first(doc, S.ownProfile, hasText)?.textContent) || undefined;
}

/** A Page when the site says so (cookie), or when the composer posts as someone other than the session's own profile. */
function identityOf(account: string | undefined, doc: Document): 'person' | 'page' | undefined {
  let cookie = '';
  try {
    cookie = doc.cookie;
  } catch {
    cookie = '';
  }
  if (S.PAGE_COOKIE.test(cookie)) return 'page';
  const own = ownName(doc);
  if (!account || !own) return undefined;
  return account === own ? 'person' : 'page';
}

function postAuthor(post: Element): string | undefined {
  const own = (el: Element) => {
    const article = closest(el, S.commentRoot);
    return !article || article === post || !post.contains(article) || article.contains(post);
  };
  return clean(first(post, S.postAuthor, (a) => hasText(a) && own(a))?.textContent) || undefined;
}

function chatRecipient(chat: Element, editor: Element): string | undefined {
  const keep = (el: Element) => precedes(el, editor) && hasText(el) && !closest(el, S.messageList);
  return clean(first(chat, S.chatTitle, keep)?.textContent) || undefined;
}

function read(c: Composer): ComposerReading {
  const kind = c.kind as Kind;
  const doc = c.editor.ownerDocument;
  const reading: ComposerReading = {
    text: textOf(c.editor),
    context: kind === 'post' ? 'post' : kind === 'message' ? 'message' : 'comment',
  };
  let account: string | undefined;
  if (kind === 'post') {
    account = dialogActor(c.root, c.editor);
    const audience = clean(audienceButton(c.root, c.editor)?.textContent);
    if (audience) reading.audience = audience;
  } else if (kind === 'message') {
    account = ownName(doc);
    const to = chatRecipient(c.root, c.editor);
    if (to) reading.replyTo = to;
  } else {
    account = nameOf(all(c.root, S.actorAvatar, (a) => precedes(a, c.editor)).at(-1)) ?? ownName(doc);
    const post = postOf(c.editor);
    const comment = post && commentOf(c.editor, post);
    const to = comment ? clean(first(comment, S.commentAuthor, hasText)?.textContent) || undefined : post ? postAuthor(post) : undefined;
    if (to) reading.replyTo = to;
  }
  if (account) reading.account = account;
  const identity = identityOf(account, doc);
  if (identity) reading.identity = identity;
  return reading;
}

function unreadableClick(target: Element): Unreadable | null {
  const button = closest(target, S.button);
  const dialog = button && closest(button, S.dialog);
  if (!button || !dialog || !hasText(button)) return null;
  // Only the dialog's last button with text, below something typed into: its Post.
  const typed = all(dialog, S.unknownEditor, (e) => precedes(e, button)).at(-1);
  if (!typed || lastButton(dialog, typed, true) !== button) return null;
  const editor = all(dialog, S.editor, (e) => precedes(e, button)).at(-1);
  if (!editor) return postOf(typed) ? null : { kind: 'post', missing: ['editor'] };
  if (postOf(editor) || chatOf(editor)) return null; // a comment or chat: its send is an icon
  if (!closest(editor, S.postForm)) return { kind: 'post', missing: ['form'] };
  return composerOf(editor)?.submit === button ? null : { kind: 'post', missing: ['submit'] };
}

function unreadableKey(event: KeyboardEvent, target: Element): Unreadable | null {
  if (!plainEnter(event)) return null;
  const typed = closest(target, S.unknownEditor);
  if (!typed || textOf(typed).trim() === '') return null;
  const kind = chatOf(typed) ? 'message' : postOf(typed) ? 'comment' : null;
  if (!kind) return null; // Enter is a new line in the post dialog
  const editor = closest(target, S.editor);
  if (!editor) return { kind, missing: ['editor'] };
  return composerOf(editor) ? null : { kind, missing: ['submit'] };
}

export const facebook: SiteAdapter = {
  platform: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com'],

  composerForSubmit(event) {
    const target = targetOf(event);
    const button = target && closest(target, S.button);
    if (!(button instanceof HTMLElement)) return null;
    // The nearest editor above the button is the only one it can send.
    for (let a = button.parentElement; a; a = a.parentElement) {
      const editor = all(a, S.editor, (e) => precedes(e, button)).at(-1);
      if (!editor) continue;
      const c = composerOf(editor);
      if (!c || c.submit !== button) return null;
      // An empty chat's icon button sends a like, not a message: nothing to review.
      return c.kind === 'message' && textOf(c.editor).trim() === '' ? null : c;
    }
    return null;
  },

  composerForEditor(event) {
    const target = targetOf(event);
    const editor = target && closest(target, S.editor);
    return editor ? composerOf(editor) : null;
  },

  isSendKey(event, composer) {
    // Enter sends comments and chats; in the post dialog it is a new line.
    if (!plainEnter(event) || composer.kind === 'post') return false;
    const target = targetOf(event);
    if (target && !composer.editor.contains(target)) return false;
    // A mention or emoji list open under the editor takes the Enter (inferred).
    if (composer.editor.getAttribute('aria-expanded') === 'true') return false;
    // An empty comment or chat sends nothing (a chat's icon button would send a like).
    return textOf(composer.editor).trim() !== '';
  },

  read,

  resolveSubmit(composer) {
    const { root, submit, editor } = composer;
    if (submit.isConnected && root.contains(submit)) return submit;
    // Re-rendered: find the composer again from its editor (or a new editor in the same box).
    const ed = editor.isConnected ? editor : root.isConnected ? first(root, S.editor) : null;
    return (ed && composerOf(ed)?.submit) || null;
  },

  isDisabled,

  unreadable(event) {
    const target = targetOf(event);
    if (!target) return null;
    if (event.type === 'click') return unreadableClick(target);
    if (event.type === 'keydown') return unreadableKey(event as KeyboardEvent, target);
    return null;
  },
};
