// @vitest-environment happy-dom
// The LinkedIn adapter against committed HTML fixtures (tests/fixtures/linkedin). Events are real:
// dispatched on the element and handled by a capture listener on window, as the content script does.
import { afterEach, describe, expect, it } from 'vitest';
import { linkedin } from '../../src/sites/linkedin';
import { $, $$, adapterSources, clickEvent, drive, expectCommentedVariants, keyEvent, loadFixture, must, resetDocument } from './adapter-harness';

const load = (name: string, path = '/feed/') => loadFixture('linkedin', name, path);

afterEach(resetDocument);

const share = () => $('[data-test-modal-id="sharebox"]');
const bubble = (name: string, root: ParentNode = document) => {
  const b = $$('.msg-overlay-conversation-bubble', root).find((el) => el.querySelector('.msg-overlay-bubble-header__title')?.textContent?.includes(name));
  if (!b) throw new Error(`no bubble for ${name}`);
  return b;
};
const shadow = () => $('#interop-outlet').shadowRoot!;

const { click, keydown, unreadable } = drive(linkedin);
const unreadableClick = (el: Element) => unreadable(el, clickEvent());
const unreadableKey = (el: Element, init: KeyboardEventInit = {}) => unreadable(el, keyEvent(init));

const SHARE_TEXT = 'Thrilled to share that our team just shipped the new onboarding flow.\n\nThank you Carlos Ruiz for the late nights! #teamwork';

describe('linkedin adapter: share dialog, posting as a person', () => {
  it('finds the share dialog from its Post button (or the label inside it), not the messaging dialogs', () => {
    load('share-person.html');
    const button = $('.share-actions__primary-action');
    const c = must(click(button));
    expect(c.kind).toBe('share');
    expect(c.root).toBe(share());
    expect(c.root.getAttribute('aria-labelledby')).toBe('share-to-linkedin-modal__header');
    expect(c.submit).toBe(button);
    expect(c.editor).toBe($('.ql-editor', share()));
    expect(must(click($('.artdeco-button__text', button))).submit).toBe(button);
    // The messaging overlay holds two other [role=dialog]s, one before the share dialog.
    const dialogs = $$('[role="dialog"]');
    expect(dialogs.length).toBe(3);
    expect(dialogs.indexOf(share())).toBe(2);
  });

  it('reads the lines, the author as a person, the audience; and writes nothing', () => {
    load('share-person.html');
    const before = document.documentElement.outerHTML;
    const reading = linkedin.read(must(click($('.share-actions__primary-action'))));
    expect(reading).toEqual({ text: SHARE_TEXT, account: 'Jane Doe', audience: 'Anyone', identity: 'person', context: 'post' });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reads an empty draft as empty, and an author other than the member as a page', () => {
    load('share-person.html');
    const c = must(click($('.share-actions__primary-action')));
    c.editor.innerHTML = '<p><br></p>';
    c.editor.classList.add('ql-blank');
    expect(linkedin.read(c).text).toBe('');
    $('.share-unified-settings-entry-button__title').textContent = 'Nimbus Air';
    expect(linkedin.read(c)).toMatchObject({ account: 'Nimbus Air', identity: 'page' });
  });

  it('the messaging overlay is not the share dialog: its editor and buttons are a message or nothing', () => {
    load('share-person.html');
    const leftover = bubble('Carlos Ruiz');
    const k = keydown($('.msg-form__contenteditable', leftover));
    expect(k.composer?.kind).toBe('message');
    expect(k.composer?.root.contains(share())).toBe(false);
    expect(must(click($('.msg-form__send-button', leftover))).kind).toBe('message');
    expect(click($('[data-control-name="overlay.close_conversation_window"]'))).toBeNull();
    expect(click($('.msg-overlay-bubble-modal'))).toBeNull();
  });

  it('does not take a bare [role=dialog] for the share dialog', () => {
    load('share-person.html');
    const dialog = share();
    dialog.removeAttribute('aria-labelledby');
    dialog.removeAttribute('data-test-modal-id');
    dialog.classList.remove('share-box-v2__modal');
    const button = $('.share-actions__primary-action');
    expect(click(button)).toBeNull();
    expect(keydown($('.ql-editor', dialog)).composer).toBeNull();
    // A send it recognises but cannot scope: reported, never blocked.
    expect(unreadableClick(button)).toEqual({ kind: 'share', missing: ['dialog'] });
  });

  it('returns null for every other click, the schedule clock included', () => {
    load('share-person.html');
    for (const sel of [
      '.share-actions__scheduled-post-btn', // opens the date picker; the Schedule it leads to is the primary action
      '.share-unified-settings-entry-button',
      '[data-test-modal-close-btn]',
      '.share-creation-state__additional-toolbar button',
      '.share-box-feed-entry__trigger',
      '.react-button__trigger',
      '.comment-button',
      '.global-nav__me button, .global-nav__primary-link-me-menu-trigger',
      '.ql-editor',
    ]) {
      expect(click($(sel)), sel).toBeNull();
      expect(unreadableClick($(sel)), sel).toBeNull();
    }
    expect(linkedin.composerForSubmit(new MouseEvent('click'))).toBeNull();
  });

  it('holds the primary action whatever it says: Post, or Schedule once a time is picked', () => {
    load('share-person.html');
    const button = $('.share-actions__primary-action');
    $('.artdeco-button__text', button).textContent = 'Schedule';
    expect(must(click(button)).kind).toBe('share');
  });

  it('never treats Enter in the share dialog as a send; the editor is still found (to wake the worker)', () => {
    load('share-person.html');
    const editor = $('.ql-editor', share());
    const k = keydown($('p', editor));
    expect(k.composer?.kind).toBe('share');
    expect(k.send).toBe(false);
    expect(keydown(editor, { ctrlKey: true }).send).toBe(false);
    expect(keydown(editor, { metaKey: true }).send).toBe(false);
    expect(keydown(editor, { shiftKey: true }).send).toBe(false);
  });

  it('tells disabled buttons by attribute, property or aria-disabled', () => {
    load('share-person.html');
    const button = $('.share-actions__primary-action') as HTMLButtonElement;
    expect(linkedin.isDisabled(button)).toBe(false);
    button.disabled = true;
    expect(linkedin.isDisabled(button)).toBe(true);
    button.disabled = false;
    button.setAttribute('aria-disabled', 'true');
    expect(linkedin.isDisabled(button)).toBe(true);
  });

  it('looks the submit up again when the site re-renders it', () => {
    load('share-person.html');
    const c = must(click($('.share-actions__primary-action')));
    expect(linkedin.resolveSubmit(c)).toBe(c.submit);
    const fresh = c.submit.cloneNode(true) as HTMLElement;
    c.submit.replaceWith(fresh);
    expect(linkedin.resolveSubmit(c)).toBe(fresh);
    c.root.remove();
    expect(linkedin.resolveSubmit(c)).toBeNull();
  });

  it('reports a recognised Post whose editor it cannot find, and still finds nothing to hold', () => {
    load('share-person.html');
    const editor = $('.ql-editor', share());
    editor.className = 'rich-text-editor-v3';
    editor.removeAttribute('data-test-ql-editor-contenteditable');
    const button = $('.share-actions__primary-action');
    expect(click(button)).toBeNull();
    expect(unreadableClick(button)).toEqual({ kind: 'share', missing: ['editor'] });
  });

  it('works the same inside the #interop-outlet shadow root', () => {
    load('share-person.html');
    const host = document.createElement('div');
    host.id = 'interop-outlet';
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).append(share());
    const button = $('.share-actions__primary-action', host.shadowRoot!);
    expect(document.querySelector('.share-actions__primary-action')).toBeNull();
    const c = must(click(button));
    expect(c.kind).toBe('share');
    expect(linkedin.read(c)).toEqual({ text: SHARE_TEXT, account: 'Jane Doe', audience: 'Anyone', identity: 'person', context: 'post' });
  });
});

describe('linkedin adapter: share dialog, posting as a company page', () => {
  it('reads the page as the author, from the author line and the admin URL', () => {
    load('share-company.html', '/company/12345678/admin/page-posts/published/');
    const c = must(click($('.share-actions__primary-action')));
    expect(c.kind).toBe('share');
    expect(linkedin.read(c)).toEqual({
      text: 'We are hiring a Senior Data Engineer in Madrid.\nApply by 30 June: https://careers.acme.example/jobs/4711',
      account: 'Acme Corp',
      audience: 'Anyone',
      identity: 'page',
      context: 'post',
    });
  });

  it('on the admin URL the author is the page even without the member to compare with; never the member', () => {
    load('share-company.html', '/company/12345678/admin/page-posts/published/');
    const c = must(click($('.share-actions__primary-action')));
    $('.global-nav__me-photo').remove();
    expect(linkedin.read(c)).toMatchObject({ account: 'Acme Corp', identity: 'page' });
    load('share-company.html', '/company/12345678/admin/page-posts/published/');
    $('.share-unified-settings-entry-button').remove();
    const bare = linkedin.read(must(click($('.share-actions__primary-action'))));
    expect(bare.identity).toBe('page');
    expect(bare.account).toBeUndefined();
  });

  it('off the admin URL, with the member\'s name as the author, it is a person', () => {
    load('share-company.html', '/feed/');
    $('.share-unified-settings-entry-button__title').textContent = 'Jane Doe';
    expect(linkedin.read(must(click($('.share-actions__primary-action'))))).toMatchObject({ account: 'Jane Doe', identity: 'person' });
  });
});

describe('linkedin adapter: Spanish UI', () => {
  it('reads the Spanish share dialog with no change (no visible or aria-label text used)', () => {
    load('share-person-es.html');
    expect(document.documentElement.lang).toBe('es');
    expect(share().textContent).toContain('Publicar para cualquiera');
    const c = must(click($('.share-actions__primary-action')));
    expect(c.kind).toBe('share');
    expect(c.submit.textContent?.trim()).toBe('Publicar');
    expect(linkedin.read(c)).toEqual({
      text: '¡Por fin hemos lanzado el nuevo proceso de bienvenida!\n\nGracias, Carlos Ruiz, por las noches en vela. #equipo',
      account: 'Jane Doe',
      audience: 'cualquiera',
      identity: 'person',
      context: 'post',
    });
    expect(click($('.share-actions__scheduled-post-btn'))).toBeNull();
    expect(keydown($('.ql-editor', share())).send).toBe(false);
    expect(keydown($('.msg-form__contenteditable')).composer?.kind).toBe('message');
  });

  it('reads Spanish messaging the same way: Enter sends where the Send button is not shown', () => {
    load('messaging-es.html');
    const enter = keydown($('.msg-form__contenteditable', bubble('Carlos Ruiz')));
    expect(enter.send).toBe(true);
    expect(linkedin.read(must(enter.composer))).toEqual({
      text: '¡Sí! A las 10:00 en la oficina de Madrid.\n\nTrae las cifras del tercer trimestre.',
      account: 'Jane Doe',
      context: 'message',
      replyTo: 'Carlos Ruiz',
    });
    expect(keydown($('.msg-form__contenteditable', bubble('Lena Fischer'))).send).toBe(false);
    const c = must(click($('.msg-form__send-button', bubble('Lena Fischer'))));
    expect(c.submit.textContent).toBe('Enviar');
    expect(linkedin.read(c).replyTo).toBe('Lena Fischer');
  });
});

describe('linkedin adapter: comments in the new feed', () => {
  const posts = () => $$('[data-testid="mainFeed"] [role="listitem"]');

  it('pairs each submit with its own post\'s editor, and reads whom the comment answers', () => {
    load('comments-feed.html');
    const [one, two] = posts();
    const c2 = must(click($('[componentkey*="commentButtonSection"] button', two)));
    expect(c2.kind).toBe('comment-feed');
    expect(c2.editor).toBe($('[role="textbox"]', two));
    expect(c2.root.contains(one!)).toBe(false);
    expect(two!.contains(c2.root)).toBe(true);
    expect(linkedin.read(c2)).toEqual({
      text: 'Porto, please!\nMy whole team flies there every month.\nTwice in summer.\n',
      account: 'Jane Doe',
      context: 'comment',
      replyTo: 'Nimbus Air',
    });
    const c1 = must(click($('[componentkey*="commentButtonSection"] button span', one)));
    expect(c1.editor).toBe($('[role="textbox"]', one));
    expect(linkedin.read(c1)).toEqual({ text: 'Sharing with my network, great team!', account: 'Jane Doe', context: 'comment', replyTo: 'Maria Lopez' });
  });

  it('finds the comment box from its editor, never as a send on Enter', () => {
    load('comments-feed.html');
    const two = posts()[1]!;
    const k = keydown($('[role="textbox"] p', two));
    expect(k.composer?.kind).toBe('comment-feed');
    expect(k.composer?.submit).toBe($('[componentkey*="commentButtonSection"] button', two));
    expect(k.send).toBe(false);
    expect(keydown($('[role="textbox"]', two), { ctrlKey: true }).send).toBe(false);
  });

  it('finds the editor without its English aria-label (the label is localized)', () => {
    load('comments-feed.html');
    for (const ed of $$('[role="textbox"]')) ed.setAttribute('aria-label', 'Editor de texto para crear un comentario');
    expect(must(click($('[componentkey*="commentButtonSection"] button', posts()[1]))).kind).toBe('comment-feed');
    $$('[data-testid="ui-core-tiptap-text-editor-wrapper"]').forEach((w) => w.removeAttribute('data-testid'));
    expect(must(click($('[componentkey*="commentButtonSection"] button', posts()[1]))).kind).toBe('comment-feed');
  });

  it('ignores the action bar, the header, the toolbar; a submit with no editor before it is no send', () => {
    load('comments-feed.html');
    for (const sel of ['[aria-label="Comment"]', '[aria-label^="Reaction button state"]', '[aria-label="Repost"]', '[aria-label^="Open control menu"]', '[aria-label="Open Emoji Keyboard"]', '[aria-label="Start a post"]']) {
      for (const el of $$(sel)) {
        expect(click(el), sel).toBeNull();
        expect(unreadableClick(el), sel).toBeNull();
      }
    }
    // The Comment toggle wrapped in a commentButtonSection would still not pair with anything.
    const one = posts()[0]!;
    const toggle = $('[aria-label="Comment"]', one);
    const section = document.createElement('div');
    section.setAttribute('componentkey', 'commentButtonSection-toggle');
    toggle.replaceWith(section);
    section.append(toggle);
    expect(click(toggle)).toBeNull();
    expect(unreadableClick(toggle)).toBeNull();
  });

  it('reports a submit whose editor it cannot recognise', () => {
    load('comments-feed.html');
    const two = posts()[1]!;
    const editor = $('[role="textbox"]', two);
    editor.removeAttribute('role');
    editor.className = '_9x8y7z';
    editor.closest('[data-testid]')!.removeAttribute('data-testid');
    const button = $('[componentkey*="commentButtonSection"] button', two);
    expect(click(button)).toBeNull();
    expect(unreadableClick(button)).toEqual({ kind: 'comment-feed', missing: ['editor'] });
  });

  it('looks the submit up again when the site re-renders it', () => {
    load('comments-feed.html');
    const c = must(click($('[componentkey*="commentButtonSection"] button', posts()[1])));
    const fresh = c.submit.cloneNode(true) as HTMLElement;
    c.submit.replaceWith(fresh);
    expect(linkedin.resolveSubmit(c)).toBe(fresh);
  });
});

describe('linkedin adapter: comments on a post page', () => {
  it('scopes editor and submit to the comment form, and reads the post\'s author', () => {
    load('comments-post-page.html', '/feed/update/urn:li:activity:7380000000000000003/');
    const button = $('button.comments-comment-box__submit-button--cr');
    const c = must(click(button));
    expect(c.kind).toBe('comment-form');
    expect(c.root).toBe($('form.comments-comment-box__form'));
    expect(c.editor).toBe($('.comments-comment-box__form .ql-editor'));
    expect(linkedin.read(c)).toEqual({
      text: 'Great initiative, Tom.\nHow are you measuring the results?',
      account: 'Jane Doe',
      context: 'comment',
      replyTo: 'Tom Baker',
    });
    const k = keydown(c.editor);
    expect(k.composer?.kind).toBe('comment-form');
    expect(k.send).toBe(false);
  });

  it('ignores the action bar (whose Comment button shares the name), the comments and their buttons', () => {
    load('comments-post-page.html', '/feed/update/urn:li:activity:7380000000000000003/');
    for (const el of $$('main button')) {
      if (el.matches('.comments-comment-box__submit-button--cr')) continue;
      expect(click(el), el.outerHTML.slice(0, 80)).toBeNull();
      expect(unreadableClick(el)).toBeNull();
    }
  });

  it('finds no submit before there is text (the site adds it then), and reports a form it cannot read', () => {
    load('comments-post-page.html', '/feed/update/urn:li:activity:7380000000000000003/');
    const button = $('button.comments-comment-box__submit-button--cr');
    button.remove();
    expect(keydown($('.ql-editor')).composer).toBeNull();
    $('form.comments-comment-box__form').append(button);
    $('.ql-editor').className = 'rich-editor';
    expect(click(button)).toBeNull();
    expect(unreadableClick(button)).toEqual({ kind: 'comment-form', missing: ['editor'] });
  });
});

describe('linkedin adapter: messaging', () => {
  it('reads a bubble: text lines, the member, the recipient from the header', () => {
    load('messaging.html');
    const carlos = bubble('Carlos Ruiz');
    const c = must(click($('.msg-form__send-button', carlos)));
    expect(c.kind).toBe('message');
    expect(c.root).toBe($('form.msg-form', carlos));
    expect(linkedin.read(c)).toEqual({
      text: 'Yes! 10:00 at the Madrid office.\n\nBring the Q3 numbers.',
      account: 'Jane Doe',
      context: 'message',
      replyTo: 'Carlos Ruiz',
    });
    expect(linkedin.read(must(click($('.msg-form__send-button', bubble('Lena Fischer'))))).replyTo).toBe('Lena Fischer');
  });

  it('takes a new message\'s recipient from its pills, not from its "New message" header', () => {
    load('messaging.html');
    const compose = $('.msg-overlay-conversation-bubble--is-compose');
    const c = must(click($('.msg-form__send-button', compose)));
    expect(linkedin.read(c)).toEqual({ text: 'Hi Omar, welcome to the team!', account: 'Jane Doe', context: 'message', replyTo: 'Omar Haddad' });
    const pill = $('.artdeco-pill', compose);
    pill.after(pill.cloneNode(true));
    $$('.artdeco-pill__text', compose)[1]!.textContent = 'Lena Fischer';
    expect(linkedin.read(c).replyTo).toBe('Omar Haddad, Lena Fischer');
  });

  it('Enter sends where the site sends on Enter (no Send button shown); Shift+Enter and IME never', () => {
    load('messaging.html');
    const editor = $('.msg-form__contenteditable', bubble('Carlos Ruiz'));
    const k = keydown($('p', editor));
    expect(k.composer?.kind).toBe('message');
    expect(k.composer?.submit).toBe($('.msg-form__send-button', bubble('Carlos Ruiz')));
    expect(k.send).toBe(true);
    expect(keydown(editor, { shiftKey: true }).send).toBe(false);
    expect(keydown(editor, { ctrlKey: true }).send).toBe(false);
    expect(keydown(editor, { altKey: true }).send).toBe(false);
    expect(keydown(editor, { isComposing: true }).send).toBe(false);
    expect(keydown(editor, { key: 'Process', keyCode: 229 }).send).toBe(false);
    expect(keydown(editor, { keyCode: 229 }).send).toBe(false);
    expect(keydown(editor, { key: 'a' }).send).toBe(false);
  });

  it('Enter is a new line where the form shows "Click Send" (its radios, or its Send button)', () => {
    load('messaging.html');
    const lena = bubble('Lena Fischer');
    const editor = $('.msg-form__contenteditable', lena);
    expect(keydown(editor).send).toBe(false);
    const [enter, clickSend] = $$('input[type="radio"]', lena) as HTMLInputElement[];
    enter!.checked = true;
    expect(clickSend!.checked).toBe(false);
    expect(keydown(editor).send).toBe(true); // the radios say Enter, whatever the button does
    $('.msg-form__hovercard', lena).remove();
    expect(keydown(editor).send).toBe(false); // the menu closed: the shown Send button says Click Send
    expect(keydown($('.msg-form__contenteditable', $('.msg-overlay-conversation-bubble--is-compose'))).send).toBe(false);
  });

  it('keeps each key and click to its own bubble', () => {
    load('messaging.html');
    const carlos = keydown($('.msg-form__contenteditable', bubble('Carlos Ruiz'))).composer!;
    const lena = must(click($('.msg-form__send-button', bubble('Lena Fischer'))));
    expect(carlos.root).not.toBe(lena.root);
    expect(linkedin.isSendKey(keyEvent(), lena)).toBe(false);
    expect(click($('.msg-form__send-toggle', bubble('Lena Fischer')))).toBeNull();
    expect(click($('input[type="radio"]', bubble('Lena Fischer')))).toBeNull();
    expect(click($('.msg-conversation-listitem__link'))).toBeNull();
    expect(click($('.msg-form__footer-action'))).toBeNull();
    expect(click($('.artdeco-pill'))).toBeNull();
  });

  it('reports Enter-to-send in a form with no Send button at all (nothing to release it with)', () => {
    load('messaging.html');
    const carlos = bubble('Carlos Ruiz');
    const editor = $('.msg-form__contenteditable', carlos);
    expect(unreadableKey(editor)).toBeNull();
    $('.msg-form__send-button', carlos).remove();
    expect(keydown(editor).composer).toBeNull();
    expect(unreadableKey(editor)).toEqual({ kind: 'message', missing: ['submit'] });
    expect(unreadableKey(editor, { shiftKey: true })).toBeNull();
    expect(unreadableKey($('.msg-form__contenteditable', bubble('Lena Fischer')))).toBeNull();
  });

  it('reports a Send button whose editor it cannot find', () => {
    load('messaging.html');
    const lena = bubble('Lena Fischer');
    $('.msg-form__contenteditable', lena).className = 'composer-v2';
    $('.composer-v2', lena).removeAttribute('role');
    expect(click($('.msg-form__send-button', lena))).toBeNull();
    expect(unreadableClick($('.msg-form__send-button', lena))).toEqual({ kind: 'message', missing: ['editor'] });
  });

  it('reads the messaging page\'s header when there is no bubble', () => {
    load('messaging.html', '/messaging/thread/2-DEF456==/');
    const lena = bubble('Lena Fischer');
    lena.className = 'msg-convo-wrapper';
    $('.msg-overlay-bubble-header', lena).outerHTML = '<div class="msg-title-bar"><h2 class="msg-entity-lockup__entity-title">Lena Fischer</h2></div>';
    expect(linkedin.read(must(click($('.msg-form__send-button', lena)))).replyTo).toBe('Lena Fischer');
  });
});

describe('linkedin adapter: messaging inside the #interop-outlet shadow root', () => {
  it('finds the form from the innermost target of keys and clicks', () => {
    load('messaging-shadow.html');
    expect(document.querySelector('.msg-form')).toBeNull();
    const carlos = bubble('Carlos Ruiz', shadow());
    const k = keydown($('.msg-form__contenteditable p', carlos));
    expect(k.composer?.kind).toBe('message');
    expect(k.send).toBe(true);
    expect(keydown($('.msg-form__contenteditable', carlos), { shiftKey: true }).send).toBe(false);
    expect(linkedin.read(k.composer!)).toEqual({
      text: 'Yes! 10:00 at the Madrid office.\n\nBring the Q3 numbers.',
      account: 'Jane Doe',
      context: 'message',
      replyTo: 'Carlos Ruiz',
    });
    const lena = bubble('Lena Fischer', shadow());
    expect(keydown($('.msg-form__contenteditable', lena)).send).toBe(false);
    expect(must(click($('.msg-form__send-button', lena))).root).toBe($('form', lena));
  });

  it('claims a script\'s click on send like any other, inside the shadow root too (the interceptor lets its own release through)', () => {
    load('messaging-shadow.html');
    expect(click($('.msg-form__send-button', bubble('Lena Fischer', shadow())), true)?.kind).toBe('message');
    load('messaging.html');
    expect(click($('.msg-form__send-button', bubble('Lena Fischer')), true)?.kind).toBe('message');
  });
});

describe('linkedin adapter: shape', () => {
  it('serves www.linkedin.com', () => {
    expect(linkedin.platform).toBe('linkedin');
    expect(linkedin.hosts).toEqual(['www.linkedin.com']);
  });

  it('keeps selectors as data, each variant with a comment saying where it applies', () => {
    const { selectors, logic } = adapterSources('linkedin');
    expect(expectCommentedVariants(selectors)).toBeGreaterThan(25);
    expect(logic).not.toMatch(/data-test|\[role=|\[aria-|\.(share|msg|comments|ql|global-nav)[-_]/);
  });
});
