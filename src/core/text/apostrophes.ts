// Lexicons spell apostrophes straight ("don't", "we're"); phones type curly ones (’, or ‘ by
// mistake). Rules match on a folded copy: one character for one, so every offset still points
// into the draft as written.

/** `text` with ’ and ‘ as '. */
export const foldApostrophes = (text: string): string => text.replace(/[’‘]/g, "'");
