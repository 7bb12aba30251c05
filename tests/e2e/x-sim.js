// Plays the part of x.com in the fixture pages: posts on a click of the Post button or on
// Ctrl/⌘+Enter in the editor, from listeners at the document (where React listens), records what
// was posted in window.__posted, then clears the composer like the site does. Direct messages go
// out on Enter (not Shift+Enter) in the message box or on a click of Send, are recorded the same
// way, and clear the box; the new chat's Send button exists only while there is text (a voice
// button takes its place). The chat may sit in an open shadow root: targets come from
// composedPath(), and __sim's selectors look inside open shadow roots too. Test code only.
(() => {
  const EDITOR = '[data-testid^="tweetTextarea_"][contenteditable="true"], div[data-testid^="tweetTextarea"] textarea';
  const BUTTON = '[data-testid^="tweetButton"]';
  const posted = (window.__posted = []);
  const scopeOf = (el) => el.closest('[role="dialog"]') || el.closest('[data-testid="primaryColumn"]') || document.body;
  const editorsIn = (scope) => [...scope.querySelectorAll(EDITOR)];
  const textOf = (ed) =>
    ed.tagName === 'TEXTAREA' ? ed.value : [...ed.querySelectorAll('[data-block="true"]')].map((b) => b.textContent).join('\n');
  const disabled = (btn) => btn.disabled || btn.getAttribute('aria-disabled') === 'true';

  const DM_EDITOR = 'textarea[data-testid="dm-composer-textarea"], [data-testid="dmComposerTextInput"][contenteditable="true"]';
  const DM_SEND = '[data-testid="dm-composer-send-button"], [data-testid="dmComposerSendButton"]';
  const DM_SCOPE = '[data-testid="dm-conversation-panel"], [data-testid="DmActivityContainer"]';
  const targetOf = (e) => {
    const t = e.composedPath()[0];
    return t instanceof Element ? t : (t && t.parentElement) || null;
  };
  const deepQuery = (selector, root = document) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && deepQuery(selector, el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };

  /** The new chat shows Send only while the box holds text; legacy Send is aria-disabled while empty. */
  function syncDm(box) {
    const empty = textOf(box).trim() === '';
    if (box.tagName !== 'TEXTAREA') {
      const btn = box.closest(DM_SCOPE)?.querySelector(DM_SEND);
      if (btn) btn.setAttribute('aria-disabled', String(empty));
      return;
    }
    const form = box.closest('form');
    if (!form) return;
    const send = form.querySelector('[data-testid="dm-composer-send-button"]');
    const voice = form.querySelector('[data-testid="dm-composer-voice-button"]');
    if (empty && send) {
      const v = document.createElement('button');
      v.type = 'button';
      v.setAttribute('data-testid', 'dm-composer-voice-button');
      v.setAttribute('aria-label', 'Voice message');
      send.replaceWith(v);
    } else if (!empty && !send) {
      const b = document.createElement('button');
      b.type = 'submit';
      b.setAttribute('data-testid', 'dm-composer-send-button');
      b.setAttribute('aria-label', 'Send');
      b.textContent = '➤';
      if (voice) voice.replaceWith(b);
      else form.append(b);
    }
  }

  function sendDm(box) {
    const text = textOf(box);
    if (text.trim() === '') return;
    posted.push(text);
    setText(box, '');
  }

  function setText(editor, text) {
    if (editor.tagName === 'TEXTAREA') editor.value = text;
    else {
      const lines = text.split('\n');
      const blocks = lines.map((line, i) => {
        const block = document.createElement('div');
        block.setAttribute('data-block', 'true');
        block.setAttribute('data-offset-key', `k${i}-0-0`);
        const span = document.createElement('span');
        span.setAttribute('data-offset-key', `k${i}-0-0`);
        const inner = document.createElement('span');
        inner.setAttribute('data-text', 'true');
        if (line) inner.textContent = line;
        else inner.appendChild(Object.assign(document.createElement('br'), {})).setAttribute('data-text', 'true');
        span.appendChild(inner);
        block.appendChild(span);
        return block;
      });
      const contents = editor.querySelector('[data-contents="true"]') || editor;
      contents.replaceChildren(...blocks);
    }
    if (editor.matches(DM_EDITOR)) return syncDm(editor);
    const scope = scopeOf(editor);
    const empty = editorsIn(scope).every((e) => textOf(e).trim() === '');
    for (const b of scope.querySelectorAll(BUTTON)) {
      if (b.tagName === 'BUTTON') b.disabled = empty;
      b.setAttribute('aria-disabled', String(empty));
    }
  }

  function post(scope) {
    const text = editorsIn(scope).map(textOf).join('\n\n');
    posted.push(text);
    for (const ed of editorsIn(scope)) setText(ed, '');
    const dialog = scope.closest('[role="dialog"]');
    if (dialog) dialog.remove();
  }

  document.addEventListener('click', (e) => {
    const btn = e.target instanceof Element && e.target.closest(BUTTON);
    if (btn && !disabled(btn)) post(scopeOf(btn));
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    const ed = e.target instanceof Element && e.target.closest(EDITOR);
    if (!ed) return;
    const btn = scopeOf(ed).querySelector(BUTTON);
    if (btn && !disabled(btn)) {
      e.preventDefault();
      post(scopeOf(ed));
    }
  });

  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    const box = targetOf(e)?.closest(DM_EDITOR);
    if (!box) return;
    e.preventDefault();
    sendDm(box);
  });
  document.addEventListener('click', (e) => {
    const btn = targetOf(e)?.closest(DM_SEND);
    if (!btn) return;
    e.preventDefault(); // the new chat's Send is a submit button: no form submission
    const box = btn.closest(DM_SCOPE)?.querySelector(DM_EDITOR);
    if (box && !disabled(btn)) sendDm(box);
  });
  document.addEventListener('input', (e) => {
    const box = targetOf(e)?.closest(DM_EDITOR);
    if (box) syncDm(box);
  });

  window.__sim = {
    setText: (selector, text) => setText(deepQuery(selector), text),
    textOf: (selector) => textOf(deepQuery(selector)),
  };
})();
