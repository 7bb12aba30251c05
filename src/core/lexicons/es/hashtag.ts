// Spanish hashtags run together (#ofertasdelasemana) are found without a Spanish word list by the
// little words that join a noun to another: "de la", "del", "en el", "para las". Data for
// `hashtag-case`. A single word can hold these letters too (remodelación, ciudadela, modelos): the
// rule asks for four letters on each side and rejects a right-hand part that is only an ending.

/** Preposition + article, as they run together in a hashtag. */
export const joiningWords: string[] = [
  'de la', 'de las', 'de los', 'del', 'en la', 'en las', 'en los', 'en el', 'con la', 'con las', 'con los', 'con el',
  'por la', 'por las', 'por los', 'por el', 'para la', 'para las', 'para los', 'para el',
];

/** Endings that make what follows "del…", "dela…" part of one word (remodel-aciones, infidel-idad). */
export const wordEndings: string[] = [
  'i?dad(?:es)?', 'ecer', '[ai]?ci[oó]n(?:es)?', '[ai]?mientos?', 'mente', '[ai]dor(?:a|es|as)?', '[ai]bles?', '[ae]ntes?',
  'ismos?', 'istas?', '[ai]d[oa]s?', 'ante', 'uras?', '[ai]r', 'er', 'ar', '[ae]ndo', 'iendo', 'amos', 'emos', 'remos',
  'ieron', 'aron', 'aban?',
];

/** Single little words that join a word to the brand's own name that follows (#desayunosdetrigal:
 * desayunos de Trigal). Read only right before the brand's name, and never after it: too many Spanish
 * words start with them (contigo, descuento, encanto), while few end with these (not "en", "y", "al":
 * joven, hoy, especial). */
export const brandJoins: string[] = ['de', 'del', 'con', 'para', 'por', 'sin', 'desde'];
