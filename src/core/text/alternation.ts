// Lexicon entries written as regex sources, joined into one alternation for a rule's own regex.

/** `entries` as `a|b|c`, a space in an entry matching any run of white space ("de\s+diciembre"). */
export const anyOf = (entries: readonly string[]): string => entries.map((e) => e.replace(/ /g, '\\s+')).join('|');
