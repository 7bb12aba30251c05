// @vitest-environment happy-dom
// The X adapter against committed HTML fixtures (tests/fixtures/x). Events are real: dispatched on
// the element and handled by a capture listener on window, as the content script does.
import { afterEach, describe, expect, it } from 'vitest';
import { x } from '../../src/sites/x';
import { $, adapterSources, clickEvent, drive, expectCommentedVariants, keyEvent, loadFixture, must, resetDocument } from './adapter-harness';

const load = (name: string, path = '/home') => loadFixture('x', name, path);

afterEach(resetDocument);

const layers = () => $('#layers');
const main = () => $('main');

const { click, keydown, unreadable } = drive(x);

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

describe('x adapter: quote posts', () => {
  const quoteText = 'This is huge for anyone running CI on arm64 👇';

  it('reads the quote modal as a post, never as a reply to the quoted author', () => {
    load('quote.html', '/compose/post');
    const c = must(click($('[data-testid="tweetButton"]')));
    expect(c.kind).toBe('quote');
    expect(c.editor).toBe($('[data-testid="tweetTextarea_0"]', layers()));
    expect(c.root.contains($('[data-testid="tweetText"]', layers()))).toBe(true);
    expect(x.read(c)).toEqual({ text: quoteText, account: '@alice_dev', context: 'post' });
    const k = keydown(c.editor, { ctrlKey: true });
    expect(k.send).toBe(true);
    expect(k.composer?.kind).toBe('quote');
    expect(keydown(c.editor).send).toBe(false);
  });

  it('tells quote from reply by where the post sits: below the editor quotes, above it replies', () => {
    load('quote.html', '/compose/post');
    // Builds that render the quoted post as an article (the reply modal's replied-to post is one too).
    const card = $('[role="link"]', layers());
    const article = document.createElement('article');
    article.setAttribute('data-testid', 'tweet');
    card.replaceWith(article);
    article.append(card);
    const quote = must(click($('[data-testid="tweetButton"]')));
    expect(quote.kind).toBe('quote');
    expect(x.read(quote).context).toBe('post');
    expect(x.read(quote).replyTo).toBeUndefined();
    // The same post moved above the editor is what a reply modal shows.
    const editorRow = $('[data-testid="tweetTextarea_0_label"]', layers()).closest('div.r-18u37iz') as HTMLElement;
    editorRow.before(article);
    const reply = must(click($('[data-testid="tweetButton"]')));
    expect(reply.kind).toBe('reply-modal');
    expect(x.read(reply).context).toBe('reply');
  });

  it('keeps the empty inline composer under the quote modal apart, and ignores the quoted card', () => {
    load('quote.html', '/compose/post');
    const inline = must(keydown($('[data-testid="tweetTextarea_0"]', main()), { ctrlKey: true }).composer);
    expect(inline.kind).toBe('inline');
    expect(x.read(inline)).toEqual({ text: '', account: '@alice_dev', context: 'post' });
    expect(click($('[role="link"]', layers()))).toBeNull();
    expect(click($('[data-testid="tweetText"]', layers()))).toBeNull();
  });

  it('reads the reply modal, whose post sits above, as a reply still', () => {
    load('reply-modal.html');
    expect(must(click($('[data-testid="tweetButton"]'))).kind).toBe('reply-modal');
  });
});

describe('x adapter: direct messages, new chat', () => {
  const CHAT = '/i/chat/1500000000000000000-1600000000000000000';
  const draft = 'Quick one: can you send me the pricing deck before Friday?';
  const box = (root: ParentNode = document) => $('textarea[data-testid="dm-composer-textarea"]', root) as HTMLTextAreaElement;
  const send = (root: ParentNode = document) => $('[data-testid="dm-composer-send-button"]', root);

  it('reads the message, the account and whom it goes to, from a click on Send', () => {
    load('dm-chat.html', CHAT);
    const c = must(click(send()));
    expect(c.kind).toBe('dm');
    expect(c.editor).toBe(box());
    expect(c.submit).toBe(send());
    expect(c.root.getAttribute('data-testid')).toBe('dm-conversation-panel');
    const before = document.documentElement.outerHTML;
    expect(x.read(c)).toEqual({ text: draft, account: '@alice_dev', context: 'message', replyTo: '@sam_lee' });
    expect(document.documentElement.outerHTML).toBe(before);
    box().value = 'Line one\nline two';
    expect(x.read(c).text).toBe('Line one\nline two');
    expect(must(click($('svg', send()))).submit).toBe(send());
  });

  it('sends on Enter (Ctrl/⌘ too), never on Shift+Enter, Alt+Enter or while an input method composes', () => {
    load('dm-chat.html', CHAT);
    const enter = keydown(box());
    expect(enter.send).toBe(true);
    expect(enter.composer?.kind).toBe('dm');
    expect(enter.composer?.submit).toBe(send());
    expect(keydown(box(), { ctrlKey: true }).send).toBe(true);
    expect(keydown(box(), { metaKey: true }).send).toBe(true);
    expect(keydown(box(), { shiftKey: true }).send).toBe(false);
    expect(keydown(box(), { altKey: true }).send).toBe(false);
    expect(keydown(box(), { isComposing: true }).send).toBe(false);
    expect(keydown(box(), { key: 'Process', keyCode: 229 }).send).toBe(false);
    expect(keydown(box(), { keyCode: 229 }).send).toBe(false);
    expect(keydown(box(), { key: 'a' }).send).toBe(false);
  });

  it('finds no composer while the box is empty and Send does not exist yet, and reports nothing', () => {
    load('dm-chat.html', CHAT);
    send().remove();
    box().value = '';
    expect(keydown(box()).composer).toBeNull();
    expect(unreadable(box(), keyEvent())).toBeNull();
  });

  it('ignores the chat\'s other buttons, the inbox and the messages', () => {
    load('dm-chat.html', CHAT);
    for (const sel of [
      '[data-testid="dm-composer-attachment-button"]',
      '[data-testid="dm-composer-gif-button"]',
      '[data-testid="dm-composer-emoji-button"]',
      '[data-testid="dm-conversation-info-button"]',
      '[data-testid="dm-new-chat-button"]',
      '[data-testid="dm-conversation-header"] a',
      '[role="option"]',
      '[data-dm-message-row]',
      '[data-testid="SideNav_AccountSwitcher_Button"]',
    ]) {
      expect(click($(sel)), sel).toBeNull();
      expect(unreadable($(sel), clickEvent()), sel).toBeNull();
    }
    expect(keydown($('[data-testid="dm-search-bar"]')).composer).toBeNull();
    expect(unreadable($('[data-testid="dm-search-bar"]'), keyEvent())).toBeNull();
  });

  it('names the recipient by handle, else by the conversation\'s name (a group); never takes their avatar for the account', () => {
    load('dm-chat.html', CHAT);
    const c = must(click(send()));
    const header = $('[data-testid="dm-conversation-header"]');
    const second = document.createElement('a');
    second.href = 'https://x.com/carol_ships';
    header.append(second);
    expect(x.read(c).replyTo).toBe('Sam Lee');
    for (const a of header.querySelectorAll('a')) a.removeAttribute('href');
    expect(x.read(c).replyTo).toBe('Sam Lee');
    $('[data-testid="dm-conversation-username"]').remove();
    expect(x.read(c).replyTo).toBeUndefined();
    $('[data-testid="SideNav_AccountSwitcher_Button"]').remove();
    $('[data-testid="AppTabBar_Profile_Link"]').remove();
    expect(x.read(c).account).toBeUndefined();
  });

  it('looks Send up again when the chat re-renders it, and finds none once the box is empty', () => {
    load('dm-chat.html', CHAT);
    const c = must(keydown(box()).composer);
    expect(x.resolveSubmit(c)).toBe(send());
    const fresh = send().cloneNode(true) as HTMLElement;
    send().replaceWith(fresh);
    expect(x.resolveSubmit(c)).toBe(fresh);
    fresh.remove();
    expect(x.resolveSubmit(c)).toBeNull();
  });

  it('reads today\'s chat inside its open shadow root the same way', () => {
    load('dm-chat.html', CHAT);
    const light = x.read(must(click(send())));
    load('dm-chat-shadow.html', CHAT);
    const chat = $('[data-testid="xchatEmbedRoute"]').shadowRoot as ShadowRoot;
    expect(chat).not.toBeNull();
    expect(document.querySelector('[data-testid="dm-composer-textarea"]')).toBeNull();
    const c = must(click(send(chat)));
    expect(c.kind).toBe('dm');
    expect(x.read(c)).toEqual(light);
    const k = keydown(box(chat));
    expect(k.send).toBe(true);
    expect(k.composer?.submit).toBe(send(chat));
    expect(keydown(box(chat), { shiftKey: true }).send).toBe(false);
    expect(click($('[data-testid="dm-composer-emoji-button"]', chat))).toBeNull();
  });

  it('reads the Spanish chat the same way (no visible or aria-label text used)', () => {
    load('dm-chat-es.html', CHAT);
    expect(document.documentElement.lang).toBe('es');
    expect(send().getAttribute('aria-label')).toBe('Enviar');
    const c = must(click(send()));
    expect(c.kind).toBe('dm');
    expect(x.read(c)).toEqual({
      text: '¿Me pasas la presentación de precios antes del viernes?',
      account: '@alice_dev',
      context: 'message',
      replyTo: '@lucia_gomez',
    });
    expect(keydown(box()).send).toBe(true);
  });
});

describe('x adapter: direct messages, drawer over the home timeline', () => {
  const drawer = () => $('[data-testid="chat-drawer-root"]');
  const box = () => $('textarea[data-testid="dm-composer-textarea"]') as HTMLTextAreaElement;

  it('reads the drawer\'s message, not the inline composer', () => {
    load('dm-drawer.html', '/home');
    const c = must(click($('[data-testid="dm-composer-send-button"]')));
    expect(c.kind).toBe('dm-drawer');
    expect(drawer().contains(c.root)).toBe(true);
    expect(c.root.contains($('[data-testid="tweetTextarea_0"]'))).toBe(false);
    expect(x.read(c)).toEqual({
      text: 'Running 10 min late, start without me',
      account: '@alice_dev',
      context: 'message',
      replyTo: '@priya_n',
    });
    const k = keydown(box());
    expect(k.send).toBe(true);
    expect(k.composer?.kind).toBe('dm-drawer');
    expect(k.composer?.submit).toBe($('[data-testid="dm-composer-send-button"]'));
  });

  it('reads the inline composer, not the drawer: its own text, button and keys', () => {
    load('dm-drawer.html', '/home');
    const c = must(click($('[data-testid="tweetButtonInline"]')));
    expect(c.kind).toBe('inline');
    expect(c.root.contains(drawer())).toBe(false);
    expect(drawer().contains(c.root)).toBe(false);
    expect(x.read(c)).toEqual({
      text: 'Shipping the new build today #release\n\nNotes: https://example.com/notes',
      account: '@alice_dev',
      context: 'post',
    });
    const editor = $('[data-testid="tweetTextarea_0"]');
    expect(keydown(editor).send).toBe(false);
    const k = keydown(editor, { ctrlKey: true });
    expect(k.send).toBe(true);
    expect(k.composer?.submit).toBe($('[data-testid="tweetButtonInline"]'));
    expect(click($('button[aria-label="Close"]', drawer()))).toBeNull();
    expect(click($('button[aria-label="Back"]', drawer()))).toBeNull();
  });
});

describe('x adapter: direct messages, drawer whose chat sits in a shadow root', () => {
  it('is still the drawer, with its own text and recipient', () => {
    load('dm-drawer.html', '/home');
    const region = $('[data-testid="chat-drawer-root"] [role="region"]');
    const host = document.createElement('div');
    host.setAttribute('data-testid', 'xchatEmbedRoute');
    region.replaceWith(host);
    host.attachShadow({ mode: 'open' }).append(region);
    const chat = host.shadowRoot as ShadowRoot;
    const k = keydown($('textarea[data-testid="dm-composer-textarea"]', chat));
    expect(k.send).toBe(true);
    expect(k.composer?.kind).toBe('dm-drawer');
    expect(x.read(must(k.composer))).toMatchObject({ context: 'message', replyTo: '@priya_n', text: 'Running 10 min late, start without me' });
    expect(must(click($('[data-testid="tweetButtonInline"]'))).kind).toBe('inline');
  });
});

describe('x adapter: direct messages, legacy /messages', () => {
  const LEGACY = '/messages/1500000000000000000-1550000000000000000';
  const editor = () => $('[data-testid="dmComposerTextInput"]');
  const send = () => $('[data-testid="dmComposerSendButton"]');

  it('reads the Draft.js box: lines, account, and the person from the conversation, not the inbox', () => {
    load('dm-legacy.html', LEGACY);
    const c = must(click(send()));
    expect(c.kind).toBe('dm-legacy');
    expect(c.editor).toBe(editor());
    expect(c.root.contains($('[data-testid="DmActivityContainer"]'))).toBe(true);
    expect(x.read(c)).toEqual({ text: 'Sending it now.\nTotal is 4,200 EUR.', account: '@alice_dev', context: 'message', replyTo: '@dana_ortiz' });
    for (const a of c.root.querySelectorAll('a[data-testid="DM_Conversation_Avatar"]')) a.remove();
    expect(x.read(c).replyTo).toBe('Dana Ortiz');
  });

  it('sends on Enter from anywhere in the box, not on Shift+Enter; the empty box\'s button is disabled', () => {
    load('dm-legacy.html', LEGACY);
    const k = keydown($('span[data-text="true"]', editor()));
    expect(k.send).toBe(true);
    expect(k.composer?.kind).toBe('dm-legacy');
    expect(k.composer?.submit).toBe(send());
    expect(keydown(editor(), { shiftKey: true }).send).toBe(false);
    expect(x.isDisabled(send())).toBe(false);
    send().setAttribute('aria-disabled', 'true');
    expect(x.isDisabled(send())).toBe(true);
  });

  it('ignores the inbox, the conversation\'s links and the other buttons', () => {
    load('dm-legacy.html', LEGACY);
    for (const el of document.querySelectorAll('[data-testid="conversation"], [data-testid="DM_Conversation_Avatar"], [data-testid="messageEntry"], [data-testid="gifSearchButton"]')) {
      expect(click(el)).toBeNull();
      expect(unreadable(el, clickEvent())).toBeNull();
    }
  });
});

describe('x adapter: sends it recognises but cannot read', () => {
  it('a live Post button whose editor is gone: modal or inline, missing the editor; a disabled one is nothing', () => {
    load('modal.html', '/compose/post');
    $('[data-testid="tweetTextarea_0"]', layers()).remove();
    expect(click($('[data-testid="tweetButton"]'))).toBeNull();
    expect(unreadable($('span', $('[data-testid="tweetButton"]')), clickEvent())).toEqual({ kind: 'modal', missing: ['editor'] });
    $('[data-testid="tweetButton"]').setAttribute('aria-disabled', 'true');
    expect(unreadable($('[data-testid="tweetButton"]'), clickEvent())).toBeNull();
    $('[data-testid="tweetTextarea_0"]', main()).remove();
    expect(click($('[data-testid="tweetButtonInline"]'))).toBeNull();
    expect(unreadable($('[data-testid="tweetButtonInline"]'), clickEvent())).toEqual({ kind: 'inline', missing: ['editor'] });
  });

  it('Ctrl+Enter in a post editor with no Post button around it; plain Enter there is a new line', () => {
    load('modal.html', '/compose/post');
    $('[data-testid="tweetButton"]').remove();
    const editor = $('[data-testid="tweetTextarea_0"]', layers());
    expect(keydown(editor, { ctrlKey: true }).composer).toBeNull();
    expect(unreadable(editor, keyEvent({ ctrlKey: true }))).toEqual({ kind: 'modal', missing: ['submit'] });
    expect(unreadable(editor, keyEvent())).toBeNull();
    expect(unreadable(editor, keyEvent({ ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('Enter in a message box holding text with no Send button; Shift+Enter and an empty box are nothing', () => {
    load('dm-chat.html', '/i/chat/1500000000000000000-1600000000000000000');
    $('[data-testid="dm-composer-send-button"]').remove();
    const box = $('textarea[data-testid="dm-composer-textarea"]') as HTMLTextAreaElement;
    expect(keydown(box).composer).toBeNull();
    expect(unreadable(box, keyEvent())).toEqual({ kind: 'dm', missing: ['submit'] });
    expect(unreadable(box, keyEvent({ shiftKey: true }))).toBeNull();
    expect(unreadable(box, keyEvent({ isComposing: true }))).toBeNull();
    box.value = '   ';
    expect(unreadable(box, keyEvent())).toBeNull();
  });

  it('a message box under a test id we do not know, and a Send button with no box: missing the editor', () => {
    load('dm-drawer.html', '/home');
    const box = $('textarea[data-testid="dm-composer-textarea"]') as HTMLTextAreaElement;
    box.setAttribute('data-testid', 'dm-composer-input');
    expect(keydown(box).composer).toBeNull();
    expect(unreadable(box, keyEvent())).toEqual({ kind: 'dm-drawer', missing: ['editor'] });
    box.value = '';
    expect(unreadable(box, keyEvent())).toBeNull();
    expect(click($('[data-testid="dm-composer-send-button"]'))).toBeNull();
    expect(unreadable($('[data-testid="dm-composer-send-button"]'), clickEvent())).toEqual({ kind: 'dm-drawer', missing: ['editor'] });
    // The inline composer next to it is unaffected.
    expect(must(click($('[data-testid="tweetButtonInline"]'))).kind).toBe('inline');
  });

  it('is quiet for everything else', () => {
    load('home-inline.html');
    for (const sel of ['[data-testid="like"]', '[data-testid="SideNav_NewTweet_Button"]', 'article']) {
      expect(unreadable($(sel), clickEvent()), sel).toBeNull();
    }
    expect(unreadable($('[data-testid="SearchBox_Search_Input"]'), keyEvent())).toBeNull();
    expect(unreadable($('[data-testid="tweetTextarea_0"]'), new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }))).toBeNull();
  });
});

describe('x adapter: shape', () => {
  it('serves the X hosts', () => {
    expect(x.platform).toBe('x');
    expect(x.hosts).toEqual(expect.arrayContaining(['x.com', 'twitter.com']));
  });

  it('keeps selectors as data, each variant with a comment saying where it applies', () => {
    const { selectors, logic } = adapterSources('x');
    expect(expectCommentedVariants(selectors)).toBeGreaterThan(10);
    expect(logic).not.toMatch(/data-testid|\[role=/);
  });
});
