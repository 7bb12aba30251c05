// @vitest-environment happy-dom
// The Facebook adapter against committed HTML fixtures (tests/fixtures/facebook). Events are real:
// dispatched on the element and handled by a capture listener on window, as the content script does.
import { afterEach, describe, expect, it } from 'vitest';
import { facebook as fb } from '../../src/sites/facebook';
import { $, $$, adapterSources, clickEvent, drive, expectCommentedVariants, keyEvent, loadFixture, must, resetDocument } from './adapter-harness';

const load = (name: string, path = '/') => loadFixture('facebook', name, path);

afterEach(() => {
  resetDocument();
  document.cookie = 'i_user=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});


// Test-side handles on the fixtures (the adapter itself never uses labels).
const dialog = () => $('[role="dialog"]');
const post = (n: number) => $(`[aria-posinset="${n}"]`);
const EDITOR = '[data-lexical-editor="true"]';
const byLabel = (label: string, root: ParentNode = document) => $(`[aria-label="${label}"]`, root);
/** A post's own top-level comment box (not the reply box inside its comment list). */
const commentBox = (n: number) => $$(EDITOR, post(n)).find((e) => !e.closest('li'))!;
const replyBox = () => $(`li ${EDITOR}`, post(1));
/** In the fixtures, a comment box's send button is the last button of its form. */
const sendOf = (editor: Element) => $$('[role="button"]', editor.closest('form')!).at(-1)!;

const { click, keydown, unreadable } = drive(fb);
const unreadableClick = (el: Element) => unreadable(el, clickEvent());
const unreadableKey = (el: Element, init: KeyboardEventInit = {}) => unreadable(el, keyEvent(init));

const CREATE_TEXT = 'Good morning! Our new autumn menu starts today.\n\nBook a table at nimbus.example/book';

describe('facebook adapter: the "Create post" dialog', () => {
  it('finds the dialog from a click on its Post button (or on the label inside it)', () => {
    load('create-post.html');
    const button = byLabel('Post', dialog());
    const c = must(click(button));
    expect(c.kind).toBe('post');
    expect(c.root).toBe(dialog());
    expect(c.editor).toBe($(EDITOR, dialog()));
    expect(c.submit).toBe(button);
    expect(must(click($('span span', button))).submit).toBe(button);
  });

  it('reads paragraphs joined with newlines (an empty <p><br></p> is an empty line), actor, audience; writes nothing', () => {
    load('create-post.html');
    const before = document.documentElement.outerHTML;
    const reading = fb.read(must(click(byLabel('Post', dialog()))));
    expect(reading).toEqual({
      text: CREATE_TEXT,
      account: 'Maria López',
      context: 'post',
      audience: 'Public',
      identity: 'person',
    });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('finds the actor from the name line above the audience when the avatar is unlabelled', () => {
    load('create-post.html');
    const c = must(click(byLabel('Post', dialog())));
    $('svg[role="img"]', dialog()).removeAttribute('aria-label');
    expect(fb.read(c).account).toBe('Maria López');
  });

  it('returns null for every other click, in the dialog and in the feed behind it', () => {
    load('create-post.html');
    for (const label of ['Close', 'Edit privacy. Sharing with Public.', 'Photo/video', 'Tag people', 'Feeling/activity', 'More']) {
      expect(click(byLabel(label, dialog())), label).toBeNull();
    }
    for (const label of ['Like', 'Leave a comment', 'Send this to friends or post it on your profile.', 'Actions for this post']) {
      expect(click(byLabel(label, post(2))), label).toBeNull();
    }
    expect(click($('[role="region"] [role="button"]'))).toBeNull();
    expect(click(byLabel('Your profile'))).toBeNull();
    expect(click($(EDITOR, dialog()))).toBeNull();
    expect(fb.composerForSubmit(new MouseEvent('click'))).toBeNull();
  });

  it('a comment box behind the dialog is its own composer, not the dialog', () => {
    load('create-post.html');
    const box = commentBox(2);
    const c = must(click(sendOf(box)));
    expect(c.kind).toBe('comment');
    expect(c.editor).toBe(box);
    expect(c.root.contains(dialog())).toBe(false);
  });

  it('Enter in the post dialog is a new line, not a send (nor any other key)', () => {
    load('create-post.html');
    const editor = $(EDITOR, dialog());
    const k = keydown($('span[data-lexical-text]', editor));
    expect(k.composer?.kind).toBe('post');
    expect(k.composer?.submit).toBe(byLabel('Post', dialog()));
    expect(k.send).toBe(false);
    expect(keydown(editor, { ctrlKey: true }).send).toBe(false);
    expect(keydown(editor, { metaKey: true }).send).toBe(false);
  });

  it('tells disabled buttons by aria-disabled or the disabled attribute', () => {
    load('create-post.html');
    const button = byLabel('Post', dialog());
    expect(fb.isDisabled(button)).toBe(false);
    button.setAttribute('aria-disabled', 'true');
    expect(fb.isDisabled(button)).toBe(true);
    button.removeAttribute('aria-disabled');
    button.setAttribute('disabled', '');
    expect(fb.isDisabled(button)).toBe(true);
    expect(fb.isDisabled(sendOf($(EDITOR, post(1))))).toBe(true); // an empty comment box
  });

  it('looks the submit up again when the site re-renders it or the editor', () => {
    load('create-post.html');
    const c = must(click(byLabel('Post', dialog())));
    expect(fb.resolveSubmit(c)).toBe(c.submit);
    const fresh = c.submit.cloneNode(true) as HTMLElement;
    c.submit.replaceWith(fresh);
    expect(fb.resolveSubmit(c)).toBe(fresh);
    c.editor.replaceWith(c.editor.cloneNode(true));
    expect(fb.resolveSubmit(c)).toBe(fresh);
    c.root.remove();
    expect(fb.resolveSubmit(c)).toBeNull();
  });
});

describe('facebook adapter: a Page\'s flow, Next then Post', () => {
  const reading = { text: 'Lisbon, here we come!\nOur first flight lands on 1 October.', account: 'Nimbus Air', context: 'post', audience: 'Public' };

  it('lets Next through and holds only the final Post of the "Post settings" step', () => {
    load('page-post-next.html', '/nimbusair');
    expect(click(byLabel('Next'))).toBeNull();
    const post = byLabel('Post', dialog());
    const c = must(click(post));
    expect(c.kind).toBe('post');
    expect(c.editor).toBe($(EDITOR, dialog()));
    expect(fb.read(c)).toEqual(reading);
    // The Next step's composer (Enter, focus) names the final Post too.
    expect(keydown(c.editor).composer?.submit).toBe(post);
    for (const label of ['Back', 'Scheduling options', 'Close']) {
      for (const el of $$(`[aria-label="${label}"]`, dialog())) expect(click(el), label).toBeNull();
    }
  });

  it('is a Page when the site marks the session as acting as a Page', () => {
    load('page-post-next.html', '/nimbusair');
    const c = must(click(byLabel('Post', dialog())));
    expect(fb.read(c).identity).toBeUndefined(); // no left rail on a Page's timeline, no mark: unknown
    document.cookie = 'i_user=61550000000001';
    expect(fb.read(c)).toEqual({ ...reading, identity: 'page' });
  });

  it('works the same in the Spanish UI ("Siguiente", "Publicar")', () => {
    load('page-post-next-es.html', '/nimbusair');
    expect(document.body.textContent).toContain('Siguiente');
    expect(click(byLabel('Siguiente'))).toBeNull();
    expect(fb.read(must(click(byLabel('Publicar', dialog()))))).toEqual({ ...reading, audience: 'Público' });
  });
});

describe('facebook adapter: comments and replies', () => {
  const annaPost = {
    text: 'Go to Belém early for the pastries!\n\nAnd take tram 28.',
    account: 'Maria López',
    context: 'comment',
    replyTo: 'Ana García',
    identity: 'person',
  };
  const pageComment = { text: 'Thanks everyone for the warm welcome!', account: 'Nimbus Air', context: 'comment', replyTo: 'Nimbus Air', identity: 'page' };
  const pageReply = { text: '@Jake Ross Not yet, but we are working on it!', account: 'Nimbus Air', context: 'comment', replyTo: 'Jake Ross', identity: 'page' };

  it('reads a comment: the post author (h3) it answers, the commenter (a person)', () => {
    load('comments.html');
    const c = must(click(sendOf(commentBox(2))));
    expect(c.kind).toBe('comment');
    expect(c.editor).toBe(commentBox(2));
    expect(c.root.contains(commentBox(1))).toBe(false);
    expect(fb.read(c)).toEqual(annaPost);
  });

  it('reads "Comment as <Page>": the Page is the identity, the post author (h4) is whom it answers', () => {
    load('comments.html');
    expect(fb.read(must(click(sendOf(commentBox(1)))))).toEqual(pageComment);
  });

  it('reads a reply to a comment as a comment answering the comment\'s author', () => {
    load('comments.html');
    const c = must(click(sendOf(replyBox())));
    expect(c.kind).toBe('reply');
    expect(fb.read(c)).toEqual(pageReply);
  });

  it('treats Enter in a comment or reply box as send; Shift+Enter, modifiers and IME composition are not', () => {
    load('comments.html');
    for (const box of [commentBox(1), commentBox(2), replyBox()]) {
      const k = keydown($('span[data-lexical-text]', box));
      expect(k.send).toBe(true);
      expect(k.composer?.editor).toBe(box);
      expect(k.composer?.submit).toBe(sendOf(box));
      expect(keydown(box, { shiftKey: true }).send).toBe(false);
      expect(keydown(box, { ctrlKey: true }).send).toBe(false);
      expect(keydown(box, { altKey: true }).send).toBe(false);
      expect(keydown(box, { isComposing: true }).send).toBe(false);
      expect(keydown(box, { key: 'Process', keyCode: 229 }).send).toBe(false);
      expect(keydown(box, { keyCode: 229 }).send).toBe(false);
      expect(keydown(box, { key: 'a' }).send).toBe(false);
    }
  });

  it('keeps each send to its own box: another post\'s comment box is not the one sent', () => {
    load('comments.html');
    const two = must(keydown(commentBox(2)).composer);
    const one = must(keydown(commentBox(1)).composer);
    const reply = must(keydown(replyBox()).composer);
    expect(new Set([two.submit, one.submit, reply.submit]).size).toBe(3);
    expect(fb.read(two).text).toBe(annaPost.text);
    expect(fb.read(one).text).toBe(pageComment.text);
    expect(click(sendOf(commentBox(1)))?.editor).toBe(commentBox(1));
  });

  it('an empty box, or an open mention list, takes Enter itself: no send', () => {
    load('comments.html');
    const box = commentBox(2);
    box.innerHTML = '<p><br></p>';
    expect(keydown(box).send).toBe(false);
    const one = commentBox(1);
    one.setAttribute('aria-expanded', 'true');
    expect(keydown(one).send).toBe(false);
  });

  it('returns null for the posts\' and comments\' other buttons', () => {
    load('comments.html');
    for (const n of [1, 2]) {
      for (const el of $$('[role="button"]', post(n))) {
        if ($$('form [role="button"]', post(n)).includes(el)) continue;
        expect(click(el), el.getAttribute('aria-label') ?? el.textContent ?? '').toBeNull();
      }
    }
    for (const label of ['Insert an emoji', 'Attach a photo or video', 'Comment with a GIF', 'Comment with a sticker', 'Comment with an avatar sticker']) {
      for (const el of $$(`[aria-label="${label}"]`)) expect(click(el), label).toBeNull();
    }
  });

  it('finds the same box and send button when the composer is not wrapped in a form', () => {
    load('comments.html');
    const sends = [commentBox(2), replyBox()].map(sendOf);
    for (const form of $$('form')) {
      const div = document.createElement('div');
      div.append(...form.childNodes);
      form.replaceWith(div);
    }
    const c = must(keydown(commentBox(2)).composer);
    expect(c.submit).toBe(sends[0]);
    expect(fb.read(c)).toEqual(annaPost);
    const r = must(keydown(replyBox()).composer);
    expect(r.submit).toBe(sends[1]);
    expect(fb.read(r)).toEqual(pageReply);
  });

  it('reads the Spanish UI the same way (no visible or aria-label text used)', () => {
    load('comments-es.html');
    expect(document.documentElement.lang).toBe('es');
    expect(document.body.innerHTML).toContain('Escribe un comentario…');
    expect(document.body.innerHTML).toContain('Comentar como Nimbus Air');
    expect(fb.read(must(click(sendOf(commentBox(2)))))).toEqual(annaPost);
    expect(fb.read(must(click(sendOf(commentBox(1)))))).toEqual(pageComment);
    expect(fb.read(must(keydown(replyBox()).composer))).toEqual(pageReply);
    expect(keydown(commentBox(2)).send).toBe(true);
    expect(keydown(commentBox(2), { shiftKey: true }).send).toBe(false);
    expect(click(byLabel('Me gusta', post(2)))).toBeNull();
  });
});

describe('facebook adapter: Messenger chat popup', () => {
  const chat = () => $('[data-pagelet="ChatTab"]');

  it('reads a message: text, sender, recipient from the chat header', () => {
    load('messenger.html');
    const editor = $(EDITOR, chat());
    const k = keydown($('span[data-lexical-text]', editor));
    expect(k.send).toBe(true);
    const c = must(k.composer);
    expect(c.kind).toBe('message');
    expect(c.root).toBe(chat());
    expect(c.submit).toBe(byLabel('Press enter to send'));
    expect(fb.read(c)).toEqual({
      text: 'Perfect, see you at arrivals!',
      account: 'Maria López',
      context: 'message',
      replyTo: 'Ana García',
      identity: 'person',
    });
    expect(must(click(byLabel('Press enter to send'))).editor).toBe(editor);
    // Empty, the chat's last button sends a like: nothing to review, not held.
    editor.innerHTML = '<p><br></p>';
    expect(click(byLabel('Press enter to send'))).toBeNull();
  });

  it('Shift+Enter is a new line; the chat\'s other buttons are not sends', () => {
    load('messenger.html');
    const editor = $(EDITOR, chat());
    expect(keydown(editor, { shiftKey: true }).send).toBe(false);
    expect(keydown(editor, { isComposing: true }).send).toBe(false);
    for (const label of ['Start a voice call', 'Start a video call', 'Minimize chat', 'Close chat', 'Open more actions', 'Choose a sticker', 'Choose an emoji']) {
      expect(click(byLabel(label, chat())), label).toBeNull();
    }
  });

  it('the comment boxes of the feed behind stay comments', () => {
    load('messenger.html');
    expect(keydown(commentBox(2)).composer?.kind).toBe('comment');
  });

  it('Messenger inside facebook.com (/messages/…) is a chat too', () => {
    load('messenger.html', '/messages/t/100000000000092');
    const tab = chat();
    tab.removeAttribute('data-pagelet');
    const main = $('[role="main"]');
    main.replaceChildren(tab);
    const c = must(keydown($(EDITOR, main)).composer);
    expect(c.kind).toBe('message');
    expect(fb.read(c).replyTo).toBe('Ana García');
  });
});

describe('facebook adapter: composers it cannot read', () => {
  it('a dialog\'s Post whose editor is not a Lexical editor: not claimed, reported as unreadable', () => {
    load('create-post-unknown-editor.html');
    const button = byLabel('Post', dialog());
    expect(click(button)).toBeNull();
    expect(unreadableClick(button)).toEqual({ kind: 'post', missing: ['editor'] });
    expect(unreadableClick($('span span', button))).toEqual({ kind: 'post', missing: ['editor'] });
    for (const label of ['Close', 'Photo/video', 'Edit privacy. Sharing with Public.']) {
      expect(unreadableClick(byLabel(label, dialog())), label).toBeNull();
    }
    expect(unreadableKey($('[contenteditable="true"]', dialog()))).toBeNull(); // Enter: a new line there
  });

  it('a dialog whose form is gone', () => {
    load('create-post.html');
    const form = $('form', dialog());
    const div = document.createElement('div');
    div.append(...form.childNodes);
    form.replaceWith(div);
    const button = byLabel('Post', dialog());
    expect(click(button)).toBeNull();
    expect(unreadableClick(button)).toEqual({ kind: 'post', missing: ['form'] });
  });

  it('Enter in a comment or chat box it cannot read', () => {
    load('messenger.html');
    const box = commentBox(2);
    box.innerHTML = '<p><span data-lexical-text="true">Great photos!</span></p>';
    box.removeAttribute('data-lexical-editor');
    expect(keydown(box).composer).toBeNull();
    expect(unreadableKey(box)).toEqual({ kind: 'comment', missing: ['editor'] });
    expect(unreadableKey(box, { shiftKey: true })).toBeNull();
    byLabel('Press enter to send').remove();
    byLabel('Choose an emoji').remove();
    const chatEditor = $(`[data-pagelet="ChatTab"] ${EDITOR}`);
    expect(keydown(chatEditor).composer).toBeNull();
    expect(unreadableKey(chatEditor)).toEqual({ kind: 'message', missing: ['submit'] });
  });

  it('says nothing about composers it reads, Next, or clicks elsewhere', () => {
    load('create-post.html');
    expect(unreadableClick(byLabel('Post', dialog()))).toBeNull();
    expect(unreadableClick(byLabel('Like', post(2)))).toBeNull();
    expect(unreadableKey(commentBox(2))).toBeNull(); // empty
    load('page-post-next.html', '/nimbusair');
    expect(unreadableClick(byLabel('Next'))).toBeNull();
    load('comments.html');
    expect(unreadableKey(commentBox(2))).toBeNull();
  });
});

describe('facebook adapter: shape', () => {
  it('serves the Facebook hosts', () => {
    expect(fb.platform).toBe('facebook');
    expect(fb.hosts).toEqual(['www.facebook.com', 'web.facebook.com']);
  });

  it('keeps selectors as data, each variant with a comment saying where it applies', () => {
    const { selectors: src, logic } = adapterSources('facebook');
    expect(expectCommentedVariants(src)).toBeGreaterThan(15);
    expect(logic).not.toMatch(/\[role=|aria-label=|data-pagelet|data-lexical/);
    // No visible or aria-label text in either file: the adapter never matches words of the UI.
    const all = src.join('\n') + logic;
    for (const word of ['"Post"', "'Post'", "'Next'", '"Next"', 'Publicar', 'Siguiente', 'Comment as', 'Write a comment', "'Public'"]) {
      expect(all, word).not.toContain(word);
    }
  });
});
