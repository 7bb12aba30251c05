// Palabras de fecha en español. Datos para la regla `date` (fuentes de regex, palabras completas).

export const monthWords: string[] = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic',
];
/** Spanish-only weekday words (shared abbreviations such as "mar" are left to the month list). */
export const weekdayWords: string[] = [
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'lun', 'mié', 'mie', 'jue', 'vie', 'sáb', 'dom',
];
export const weekdayNames: string[] = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
export const monthNames: string[] = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export const upcomingCues: string[] = [
  'termina', 'terminan', 'acaba', 'acaban', 'finaliza', 'vence', 'hasta', 'último día', 'última oportunidad',
  'no te lo pierdas', 'no os lo perdáis', 'os esperamos', 'te esperamos', 'les esperamos', 'abriremos', 'cerraremos',
  'empieza', 'empiezan', 'comienza', 'comienzan', 'arranca', 'válid[oa]s?', 'reserva', 'reservad', 'apúntate', 'apuntaos',
  'inscríbete', 'será', 'serán', 'tendrá lugar', 'estaremos', 'vamos a', 'vuelve', 'llega', 'llegan', 'disponible',
  'a la venta', 'mañana', 'esta noche', 'este fin de semana', 'próxim[oa]',
];

export const pastCues: string[] = [
  'fue', 'fueron', 'era', 'eran', 'hace', 'desde hace', 'gracias a (?:todos|todas|todo el mundo)', 'gracias por',
  'qué (?:día|noche|fiesta)', 'abrió', 'abrimos en', 'inauguró', 'inauguramos en', 'terminó', 'acabó', 'tuvo lugar',
  'se celebró', 'celebramos', 'fundad[oa]', 'nació', 'aniversario', 'recuerdo', 'recordamos', 'el año pasado', 'desde',
  'estuvimos', 'cerró', 'empezó', 'comenzó',
];

/** Saludos que nombran el día de hoy: "¡Feliz viernes!", "Hoy es lunes". */
export const todayGreetings: string[] = ['feliz', 'hoy es', 'por fin es', 'ya es', 'buen', 'por fin'];
