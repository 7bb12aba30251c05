// A small, unobtrusive notice at the corner of the page that goes away by itself. It never blocks:
// it tells the person something after the fact (a post went out unreviewed).
const SHOW_MS = 6000;

const CSS = `
:host { all: initial; }
div { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 360px;
  padding: 10px 14px; border-radius: 10px; background: #0f1419; color: #fff;
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.25); }
`;

export function showNotice(message: string): void {
  const host = document.createElement('second-look-notice');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = message;
  shadow.append(style, box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), SHOW_MS);
}
