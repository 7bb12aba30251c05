// Plays the part of x.com in the fixture pages: posts on a click of the Post button or on
// Ctrl/⌘+Enter in the editor, from listeners at the document (where React listens), records what
// was posted in window.__posted, then clears the composer like the site does. Test code only.
(() => {
  const EDITOR = '[data-testid^="tweetTextarea_"][contenteditable="true"], div[data-testid^="tweetTextarea"] textarea';
  const BUTTON = '[data-testid^="tweetButton"]';
  const posted = (window.__posted = []);
  const scopeOf = (el) => el.closest('[role="dialog"]') || el.closest('[data-testid="primaryColumn"]') || document.body;
  const editorsIn = (scope) => [...scope.querySelectorAll(EDITOR)];
  const textOf = (ed) =>
    ed.tagName === 'TEXTAREA' ? ed.value : [...ed.querySelectorAll('[data-block="true"]')].map((b) => b.textContent).join('\n');
  const disabled = (btn) => btn.disabled || btn.getAttribute('aria-disabled') === 'true';

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

  window.__sim = {
    setText: (selector, text) => setText(document.querySelector(selector), text),
    textOf: (selector) => textOf(document.querySelector(selector)),
  };
})();
