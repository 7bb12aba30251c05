// A rough guess at whether a draft is written in English or Spanish, from its most common function
// words and Spanish-only letters. Cheap (one pass over the first words) and good enough to pick a
// word's reading where the two languages disagree ("rape" the fish, "negro" the colour).
// Hand-written: language detectors (franc, cld) are far larger than the two-language question needs.

import { re } from './letters';

export type Language = 'en' | 'es' | 'und';

const EN = new Set(
  ('the and of to in is it you that for on with our we your this be are at from my i not have has will ' +
    'all new was were they them their he she his her its an by or if but so can do does did just what ' +
    'when who how about out up get got us me am been would could should there here than then into').split(' '),
);
const ES = new Set(
  ('el la los las de del que y en un una por para con no es está están son nuestro nuestra nuestros ' +
    'nuestras os vaya muy pero más al lo se su sus hoy tu te mi mis yo nos vosotros tenéis tienes tiene ' +
    'hay este esta estos estas ese esa eso ya ni como cuando porque también sin sobre hasta desde ' +
    'gracias hola día semana fin').split(' '),
);

const WORD = re('gu')`\p{L}+`;
const SPANISH_MARKS = re('giu')`[ñ¿¡]|\b\p{L}*[áéíóú]\p{L}*`;

/** "es" or "en" when the text leans clearly one way; "und" when it is too short or mixed to tell. */
export function guessLanguage(text: string): Language {
  const sample = text.length > 1500 ? text.slice(0, 1500) : text;
  let en = 0;
  let es = 0;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (EN.has(w)) en++;
    if (ES.has(w)) es++;
  }
  const marks = sample.match(SPANISH_MARKS)?.length ?? 0;
  es += Math.min(marks, 3) * 0.5;
  if (es === 0 && en === 0) return 'und';
  if (es > en) return 'es';
  if (en > es) return 'en';
  return 'und';
}
