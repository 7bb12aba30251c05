// Lo que solo lee `crisis` (ver lexicons/en/crisis.ts).

export const lightHearted: string[] = [
  'feliz (?:viernes|lunes|finde|fin de semana|puente)', 'felices sueños', 'buen finde', 'por fin es viernes',
  '(?:nos vamos|me voy) a (?:dormir|la cama|sobar)', 'a la camita', 'a por el finde',
  'os esperamos mañana con más', 'mañana más y mejor',
];

export const selling: string[] = [
  'contr[aá]ta(?:lo|la|los|las)? (?:ya|hoy|ahora)', 'hazte con', 'cámbiate (?:ya|hoy|ahora)', 'llévatel[oa]s?', 'corre,? que',
  'date prisa', 'no te quedes sin', 'últimos días', 'por (?:solo|sólo)', 'hasta agotar existencias',
];

export const apology: string[] = [
  'pedimos (?:disculpas|perdón)', 'pido (?:disculpas|perdón)', 'lamentamos', 'lamento', 'nuestras disculpas', 'mis disculpas',
  'sentimos (?:mucho |profundamente )?(?:lo|las|el|la)',
];
export const incident: string[] = [
  'lo (?:ocurrido|sucedido|que ha pasado|que pasó)', '(?:el|este|del) (?:incidente|suceso)', 'los hechos', 'inaceptable',
  'las autoridades',
];
