// Marcas de material interno o aún no público, en español. Datos para la regla `confidential`.

const adviceObjects = 'tus?|sus?|vuestr[oa]s?|datos|contraseñas?|claves?|pin|códigos?|información personal|nadie';

export const markers: string[] = [
  '(?:solo |sólo |únicamente )?(?:para )?uso interno',
  'documento interno',
  'borrador interno',
  `no (?:difundir|compartir|distribuir|publicar|reenviar|filtrar)(?!\\s+(?:${adviceObjects}))`,
  'prohibida su (?:difusión|distribución|publicación)',
  'embargo hasta',
  'embargad[oa]s? hasta',
  'bajo embargo',
  'bajo (?:un )?(?:acuerdo de )?(?:NDA|confidencialidad)',
  'estrictamente confidencial',
  'información confidencial(?=\\s*[:.\\-–—]|\\s*$)',
  'no (?:es |son )?(?:aún|todavía) públic[oa]s?',
  'no (?:es |son )?públic[oa]s? (?:aún|todavía)',
  'todavía no (?:es |son )?públic[oa]s?',
  'embargo\\s*:',
  'no (?:se puede|podemos|puede) (?:publicar|compartir|difundir) (?:todavía|aún|hasta)',
  'que quede entre nosotros',
  'aún no (?:es |son )?públic[oa]s?',
];

export const weakMarkers: string[] = ['confidencial'];

export const promiseBefore: string[] = [
  'es', 'son', 'será', 'serán', 'sea', 'sean', 'siempre', 'totalmente', 'completamente', 'de forma', 'de manera', 'y', 'e',
  'mantiene', 'mantienen', 'mantenemos', 'tratamiento', 'trato', 'atención', 'gratuita y', 'gratuito y', 'un', 'una',
];

export const privateMessages: string[] = [
  '(?:está|lo tienes|la tienes|le tienes) en tu agenda (?:para|el|a las|mañana|hoy|esta|este|la semana)',
  'te (?:he|lo he|la he|le he) (?:puesto|metido|agendado|bloqueado|reservado|apuntado) (?:en tu agenda|en tu calendario|una llamada|una reunión|un hueco)',
  'como (?:hablamos|comentamos|quedamos) en privado',
];
