// The DOM helpers every site adapter uses, in one copy: selector variants tried in order, event
// targets inside shadow roots, document order, text as a person reads it. Reads only; no site's
// selectors live here (they are data, in <site>-selectors.ts).

/** A selector as data: its variants, tried in order (the first one that matches anything wins). */
export type Variants = readonly string[];

/** A filter on matches: a variant counts as matching only if it keeps something. */
export type Keep = (el: Element) => boolean;

// Node.DOCUMENT_POSITION_FOLLOWING as a literal: inlined by the bundler, no lookup of a global.
const DOCUMENT_POSITION_FOLLOWING = 4;

/** An event target as an element: a text node stands for its parent; window or document for none. */
function asElement(node: unknown): Element | null {
  if (!node || typeof node !== 'object' || !('nodeType' in node)) return null;
  const n = node as Node;
  return n.nodeType === 1 ? (n as Element) : n.parentElement;
}

/** The innermost target (inside open shadow roots too, where event.target is only the host), else event.target. */
export function targetOf(event: Event): Element | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  return asElement(path[0] ?? event.target);
}

/** el.closest() for variants: the first variant with a match wins, not the nearest of all of them. */
export function closest(el: Element, variants: Variants): Element | null {
  for (const v of variants) {
    const found = el.closest(v);
    if (found) return found;
  }
  return null;
}

/** Whether the element itself matches any variant (a walk up the tree tests each ancestor). */
export const matchesAny = (el: Element, variants: Variants) => variants.some((v) => el.matches(v));

/** All matches of the first variant that matches anything (after `keep`), in document order. */
export function all(root: ParentNode, variants: Variants, keep?: Keep): Element[] {
  for (const v of variants) {
    const found = [...root.querySelectorAll(v)].filter((el) => !keep || keep(el));
    if (found.length) return found;
  }
  return [];
}

/** all()[0]: the first match (after `keep`) of the first variant that has one; querySelector when nothing is filtered. */
export function first(root: ParentNode, variants: Variants, keep?: Keep): Element | null {
  for (const v of variants) {
    const found = keep ? [...root.querySelectorAll(v)].find((el) => keep(el)) : root.querySelector(v);
    if (found) return found;
  }
  return null;
}

/** Whether `b` comes after `a` in document order (inside it too): sorts editors and buttons. */
export const follows = (a: Element, b: Element) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Whether `a` comes before `b` and does not contain it: a post shown above an editor, a button below it. */
export const precedes = (a: Element, b: Element) =>
  !a.contains(b) && (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING) !== 0;

/** The path of the page the element is in (its own window's; the global one for a document with none). */
export function pathname(el: Element): string {
  return (el.ownerDocument.defaultView ?? globalThis).location?.pathname ?? '';
}

/** Text as a person reads it: whitespace runs collapsed to one space, trimmed; nothing for null. */
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A disabled button posts nothing: the attribute, the property or aria-disabled says so. */
export const isDisabled = (button: Element) =>
  button.hasAttribute('disabled') ||
  (button as HTMLButtonElement).disabled === true ||
  button.getAttribute('aria-disabled') === 'true';

/** Enter as a send: not while an input method composes, never with Shift (a new line). */
export const isEnter = (e: KeyboardEvent) => e.key === 'Enter' && !e.isComposing && e.keyCode !== 229 && !e.shiftKey;

/** Enter with no modifier at all: what sends a comment or a chat message. */
export const plainEnter = (e: KeyboardEvent) =>
  e.key === 'Enter' && !e.isComposing && e.keyCode !== 229 && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;
