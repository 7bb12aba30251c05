// Plays the part of www.linkedin.com in the fixture pages: posts on a click of the share dialog's
// primary action, of a comment submit (post page and new feed) and of a message form's Send button,
// and on Enter in a message editor when the form sends on Enter (no Send button shown, or the send
// options' first radio checked). Listens on document in the bubble phase (where the site's own
// handlers sit) and looks through the #interop-outlet shadow root via composedPath(). Records what
// was posted in window.__posted, then clears the editor like the site does. Test code only.
//
// window.__sim.setText(selector, text) / textOf(selector): `selector` may reach into open shadow
// roots with " >>> " (e.g. "#interop-outlet >>> .msg-form__contenteditable").
(() => {
  const EDITOR = '[contenteditable="true"][role="textbox"]';
  const SHARE = '[data-test-modal-id="sharebox"], [role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]';
  const BUTTONS = [
    '.share-actions__primary-action',
    'button.comments-comment-box__submit-button--cr',
    '[componentkey*="commentButtonSection"] button',
    'button.msg-form__send-button',
  ].join(', ');
  const posted = (window.__posted = []);

  const scopeOf = (el) =>
    el.closest(SHARE) ||
    el.closest('form.comments-comment-box__form') ||
    el.closest('form.msg-form') ||
    el.closest('[componentkey^="comment-box-"]');
  const editorIn = (scope) => scope.querySelector(EDITOR);
  const buttonIn = (scope) => scope.querySelector(BUTTONS);
  const textOf = (ed) =>
    [...ed.children].map((p) => (p.textContent || '').replace(/\uFEFF/g, '')).join('\n');
  const disabled = (btn) => btn.disabled || btn.getAttribute('aria-disabled') === 'true';
  const inner = (e) => (e.composedPath()[0] instanceof Element ? e.composedPath()[0] : e.target);

  function deep(selector) {
    let root = document;
    let el = null;
    for (const part of selector.split('>>>')) {
      el = root && root.querySelector(part.trim());
      root = el && el.shadowRoot;
    }
    return el;
  }

  function setText(editor, text) {
    const lines = text.split('\n').map((line) => {
      const p = document.createElement('p');
      if (line) p.textContent = line;
      else p.appendChild(document.createElement('br'));
      return p;
    });
    editor.replaceChildren(...lines);
    const empty = text.trim() === '';
    editor.classList.toggle('ql-blank', empty);
    const scope = scopeOf(editor);
    const button = scope && buttonIn(scope);
    if (button) button.disabled = empty;
  }

  function post(scope) {
    const editor = editorIn(scope);
    posted.push(textOf(editor));
    setText(editor, '');
    if (scope.matches(SHARE)) scope.remove(); // the share modal closes once posted
  }

  function sendsOnEnter(form) {
    const radios = form.querySelectorAll('.msg-form__hovercard input[type="radio"]');
    if (radios.length > 1 && [...radios].some((r) => r.checked)) return radios[0].checked;
    const send = form.querySelector('button.msg-form__send-button');
    for (let a = send; a && a !== form; a = a.parentElement) {
      if (a.hidden || getComputedStyle(a).display === 'none') return true;
    }
    return !send;
  }

  document.addEventListener('click', (e) => {
    const btn = inner(e).closest(BUTTONS);
    if (btn && !disabled(btn)) post(scopeOf(btn));
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    const ed = inner(e).closest('.msg-form__contenteditable');
    const form = ed && ed.closest('form.msg-form');
    if (!form || !sendsOnEnter(form)) return;
    e.preventDefault();
    const send = form.querySelector('button.msg-form__send-button');
    if (!send || !disabled(send)) post(form);
  });
  // The site sends with script, not by submitting forms: keep every form (also in shadow roots,
  // where submit events do not reach the document) from navigating.
  const noSubmit = (e) => e.preventDefault();
  document.addEventListener('submit', noSubmit);
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) el.shadowRoot.addEventListener('submit', noSubmit);

  window.__sim = {
    setText: (selector, text) => setText(deep(selector), text),
    textOf: (selector) => textOf(deep(selector)),
  };
})();
