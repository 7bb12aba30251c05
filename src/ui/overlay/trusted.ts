/** Wraps a handler so that only events from a real person run it (a page script's .click() is not trusted). */
export const trusted = (fn: () => void) => (e: Event) => {
  if (e.isTrusted) fn();
};
