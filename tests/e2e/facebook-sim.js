// Plays the part of www.facebook.com in the fixture pages: posts on a click of the dialog's Post
// button, of a comment's or chat's send button, and on Enter (without Shift) in a comment, reply or
// chat editor, from listeners on the document (bubble phase, where React listens). Next moves the
// Page's dialog to its "Post settings" step. Records what was posted in window.__posted, then
// clears the editor (and closes the post dialog) like the site does. Test code only: unlike the
// adapter, the site knows its own buttons, so the simulator goes by their labels (en and es).
(() => {
  const EDITOR = '[contenteditable="true"][role="textbox"]';
  const BUTTON = '[role="button"]';
  const POST = ['Post', 'Publicar'];
  const NEXT = ['Next', 'Siguiente'];
  const SEND = ['Comment', 'Comentar', 'Press enter to send', 'Pulsa Intro para enviar'];
  const posted = (window.__posted = []);

  const label = (b) => b.getAttribute('aria-label') || '';
  const disabled = (b) => b.getAttribute('aria-disabled') === 'true';
  /** The composer's box: the post dialog, a comment's form, a chat popup. */
  const boxOf = (el) => el.closest('[role="dialog"]') || el.closest('form') || el.closest('[data-pagelet="ChatTab"]');
  const isDialog = (box) => box.matches('[role="dialog"]');
  const textOf = (ed) => {
    const ps = [...ed.children].filter((c) => c.tagName === 'P');
    return ps.length ? ps.map((p) => p.textContent).join('\n') : ed.textContent;
  };

  function setText(editor, text) {
    const lines = text.split('\n');
    editor.replaceChildren(
      ...lines.map((line) => {
        const p = document.createElement('p');
        p.className = 'xdj266r x11i5rnm xat24cr x1mh8g0r x16tdsg8';
        if (line) {
          p.dir = 'auto';
          const span = document.createElement('span');
          span.setAttribute('data-lexical-text', 'true');
          span.textContent = line;
          p.append(span);
        } else p.append(document.createElement('br'));
        return p;
      }),
    );
    const box = boxOf(editor);
    const empty = textOf(editor).trim() === '';
    for (const b of box.querySelectorAll(BUTTON)) {
      if (![...POST, ...NEXT, ...SEND].includes(label(b))) continue;
      if (empty) b.setAttribute('aria-disabled', 'true');
      else b.removeAttribute('aria-disabled');
    }
  }

  function post(box) {
    const editor = box.querySelector(EDITOR);
    const text = textOf(editor);
    if (text.trim() === '') return;
    posted.push(text);
    setText(editor, '');
    if (isDialog(box)) box.remove();
  }

  /** Next: hide the editor step, show the "Post settings" step mounted after it. */
  function next(button) {
    let step = button;
    while (step.parentElement && !step.parentElement.matches('form > div')) step = step.parentElement;
    const settings = step.nextElementSibling;
    if (!settings) return;
    step.style.display = 'none';
    step.setAttribute('aria-hidden', 'true');
    settings.style.display = '';
    settings.removeAttribute('aria-hidden');
  }

  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element && e.target.closest(BUTTON);
    if (!button || disabled(button)) return;
    const box = boxOf(button);
    if (!box) return;
    if (NEXT.includes(label(button))) next(button);
    else if (POST.includes(label(button)) && isDialog(box)) post(box);
    else if (SEND.includes(label(button))) post(box);
  });

  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    const editor = e.target instanceof Element && e.target.closest(EDITOR);
    const box = editor && boxOf(editor);
    if (!box || isDialog(box)) return; // Enter is a new line in the post dialog
    e.preventDefault();
    post(box);
  });

  window.__sim = {
    setText: (selector, text) => setText(document.querySelector(selector), text),
    textOf: (selector) => textOf(document.querySelector(selector)),
  };
})();
