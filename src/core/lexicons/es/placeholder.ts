// Palabras que, entre [corchetes] o <ángulos>, marcan un hueco por rellenar.
export const fillInWords: string[] = [
  'enlace', 'insertar', 'nombre', 'fecha', 'hora', 'precio', 'c[oó]digo', 'ciudad', 'empresa', 'marca',
  'producto', 'n[uú]mero', 'imagen', 'foto', 'pendiente',
];

// Listas que lee la regla `placeholder` (palabras enteras, sin distinguir mayúsculas; admiten
// sintaxis de expresiones regulares).

/** Marcas de edición que nunca deberían publicarse. */
export const editorialMarks: string[] = [
  'para aprobar', 'para aprobación', 'pendiente de aprobación', 'pendiente de aprobar',
  'pendiente (?:de )?(?:legal|revisión legal|jurídico)', 'revisar (?:con )?legal', 'lo revisa legal',
  'validar con legal', 'borrador v?\\d+', 'versión final final', 'final final', 'texto de prueba',
  'texto provisional', 'texto de relleno', 'nota interna', 'nota para mí', 'no publicar',
  '(?:insertar|poner|añadir|pegar) (?:el |la )?(?:enlace|link|url|imagen|foto|nombre|fecha|precio)(?: aquí)?',
  '(?:enlace|link) aquí',
  '(?:texto|copy|post|borrador) (?:v|versión ?)\\d+(?:\\.\\d+)?', 'v\\d+ [-–—] (?:final|definitiv[oa])',
  // Notas para un compañero: «confirmar con Marta el precio». No «consulta con tu médico la dosis».
  '(?:confirmar|revisar|validar|comprobar|consultar|preguntar a) (?:con )?(?!(?:nosotros|el|la|los|las|tu|su|sus|tus|un|una)\\s)\\p{L}+ (?:el|la|los|las) (?:precio|precios|fecha|fechas|hora|texto|copy|enlace|descuento|imagen|foto|cifras?|datos)',
];

/** Etiquetas de un brief («Copy: …», «Texto: …»). */
export const briefLabels: string[] = [
  'texto', 'copy', 'pie de foto', 'texto alternativo', 'titular', 'visual', 'primer comentario',
];

/** Instrucciones para quien publica. */
export const posterInstructions: string[] = [
  '(?:publicar|programar|subir)(?: el post)? (?:a las \\d{1,2}(?:[:.]\\d{2})?|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|mañana|esta tarde|esta noche)',
  '(?:usar|usa|poner|pon) (?:la )?(?:primera|segunda|tercera|última|otra) (?:foto|imagen|versión)',
  '(?:usar|usa) (?:la )?(?:foto|imagen) \\d',
  // La nota de la agencia: «a las 16:00, publica lo siguiente:», «copia y pega este texto».
  '(?:publica|publicad|publicar|escribe|escribid|escribir|pon|poned|poner|copia|copiad|copiar|pega|pegad|pegar|usa|usad|usar|sube|subid|subir) (?:lo siguiente|el siguiente (?:texto|copy|post)|el texto de abajo)',
  'copia y pega(?: (?:lo siguiente|este texto|el texto))?', 'aquí (?:tienes|va|van) el (?:texto|copy|post)', 'texto (?:a|para) publicar',
];

const parte = '(?:el |la |los |las )?(?:texto|copy|enlace|link|url|imagen|foto|visual|cta|hashtags?|titular|texto alternativo)';

/** Notas para uno mismo sobre una parte que falta o se cambia («falta texto», «poner enlace»). */
export const draftingNotes: string[] = [
  `faltan? ${parte}(?: (?:y|e|\\+|/) ${parte})*`,
  `(?:poner|pon|añadir|añade|meter|mete|incluir|incluye|agregar|agrega) ${parte}(?: (?:aquí|luego|después|antes de publicar))?`,
  `(?:cambiar|cambia|sustituir|sustituye|quitar|quita) ${parte}(?: (?:por|si|cuando|antes|después) [^.\\n)]{1,40})?`,
  '(?:texto|copy|enlace|link|imagen|foto|visual|cta|titular) (?:pendiente|por definir|por confirmar|por poner|tbd|tbc)',
  '(?:esperando|a la espera de) (?:el |la |los )?(?:texto|copy|enlace|visto bueno|ok del cliente|aprobación|material)',
  'por hacer\\s?:',
];
export const reviewQuestions: string[] = [
  '(?:te|os|le) (?:vale|parece bien|gusta|convence|cuadra) (?:así )?este (?:texto|copy|caption|borrador|post|tuit)',
  'qué (?:te|os|le) parece este (?:texto|copy|caption|borrador)',
  'lo (?:publico|subo|posteo|programo|mando) (?:así|ya)(?= ?\\?)',
  '(?:está|queda) bien (?:así )?este (?:texto|copy|borrador)',
  '(?:puedes|podéis|podrías) (?:revisar|mirar|aprobar|validar) este (?:texto|copy|borrador|post)',
];
export const editVerbs: string[] = ['cambiar', 'cambia', 'quitar', 'quita', 'borrar', 'borra', 'actualizar', 'actualiza', 'sustituir', 'editar', 'eliminar', 'reescribir'];
export const conditionWords: string[] = ['si', 'cuando', 'tras', 'después de', 'antes de', 'según', 'en cuanto'];
export const alternativeLabels: string[] = ['versi[oó]n alternativa', 'texto alternativo 2', 'otra versi[oó]n del (?:texto|copy)', 'versi[oó]n [b-d]', 'opci[oó]n [b-d]', 'opci[oó]n [2-4]'];
export const alternativeSeparators: string[] = ['o', 'o bien', 'alternativa'];

/** Borradores que solo son una prueba. */
export const testMessages: string[] = ['prueba', 'probando', 'probando probando', 'prueba \\d+', 'probando 1 2 3', 'esto es una prueba', 'mensaje de prueba', 'post de prueba'];

// El brief de una agencia o un cliente pegado con el texto: «¿Podrías publicar el siguiente texto…?»,
// «te paso el texto para publicar» (ver lexicons/en/placeholder.ts).
export const postRequests: string[] = [
  '(?:podrías|podríais|puedes|podéis|podría|podrían|puede|pueden)(?: por favor)? (?:publicar|subir|colgar|programar|poner|tuitear|postear|compartir)',
  'por favor,? (?:publica|publicad|publique|sube|subid|suba|cuelga|colgad|programa|programad|comparte|compartid)',
];
export const bareObjects: string[] = ['(?:el|la) siguiente', 'lo siguiente', '(?:lo|el texto) de abajo'];
export const postObjects: string[] = [
  '(?:el|la) siguiente (?:texto|copy|post|publicación|imagen|mensaje)', '(?:los|las) siguientes (?:textos|copys|posts|publicaciones|imágenes)',
  '(?:el|este|los|estos) (?:texto|textos|copy|copys)(?: (?:de abajo|adjuntos?|siguientes?))?', '(?:la|las) (?:imagen|imágenes) adjuntas?',
  '(?:texto|copy) (?:y|e|con) (?:la |las |el |los )?(?:imagen|imágenes|foto|fotos|vídeo|visual)',
];
export const handovers: string[] = [
  '(?:te|os|le|les) (?:paso|pasamos|mando|mandamos|envío|enviamos|dejo|dejamos|adjunto|adjuntamos|reenvío)', 'adjunt(?:o|amos) (?:el|la|los|las)', 'aquí (?:tienes|tenéis|va|van)',
];
export const handoverObjects: string[] = [
  '(?:el|la|los|las) (?:texto|textos|copy|copys|post|posts|publicaci(?:ón|ones)|imagen|imágenes|foto|fotos|contenido|contenidos)(?: (?:y|e) (?:el|la|los|las) \\p{L}+)? (?:para|a) (?:publicar|subir|colgar|programar|postear)',
  '(?:el|la|los|las) (?:texto|textos|copy|copys|imagen|imágenes|foto|fotos|contenido|contenidos)(?: (?:y|e) (?:el|la|los|las) \\p{L}+)? (?:para|de) (?:el|la|los|las) (?:post|posts|publicaci(?:ón|ones))',
];
