// Spanish data for the `offensive` rule, fed to obscenity as its own data set.
// Curated from cuss/es (word → rating 0–2): its rating 2 also holds ordinary words (cola, leche,
// palo, pico, polvo, seno, bollo, coger…), so only entries that read as vulgar or insulting in a
// brand's post are kept here, with their common forms, plus a few everyday ones cuss lacks
// (gilipollez, sudaca, negrata). Each form is matched as a whole word; accents are optional and
// leetspeak/repeated letters are handled by obscenity's transformers.
import type { Tier } from '../en/offensive';

export const spanishWords: { tier: Tier; words: string[] }[] = [
  {
    tier: 'slur',
    words: [
      'maricón', 'maricones', 'marica', 'maricas', 'mariconazo', 'maricona', 'mariconada', 'bujarrón',
      'bujarra', 'tortillera', 'tortilleras', 'bollera', 'bolleras', 'sudaca', 'sudacas', 'negrata',
      'negratas', 'mongólico', 'mongólica', 'mongolo', 'mongola', 'subnormal', 'subnormales', 'travelo',
      'travelos', 'machorra',
    ],
  },
  {
    tier: 'insult',
    words: [
      'gilipollas', 'gilipollez', 'gilipolleces', 'jilipollas', 'gilipuertas', 'cabrón', 'cabrona',
      'cabrones', 'cabronas', 'cabronazo', 'cabronada', 'hijo de puta', 'hija de puta', 'hijos de puta',
      'hijas de puta', 'hijoputa', 'hijoputas', 'hijueputa', 'malparido', 'malparida', 'malparidos',
      'capullo', 'capulla', 'capullos', 'pendejo', 'pendeja', 'pendejos', 'pendejas', 'pendejada',
      'pelotudo', 'pelotuda', 'pelotudos', 'huevón', 'huevona', 'huevones', 'culero',
      'culera', 'culeros', 'comemierda', 'comemierdas', 'lameculos', 'soplapollas', 'tocapelotas',
      'tocahuevos', 'mamón', 'mamona', 'mamones', 'puta', 'putas', 'puto', 'putos', 'putada', 'pajero',
      'pajillero', 'pajilleros', 'concha de tu madre', 'conchudo', 'conchuda', 'chupapollas',
    ],
  },
  {
    tier: 'rude',
    words: [
      'imbécil', 'imbéciles', 'idiota', 'idiotas', 'estúpido', 'estúpida', 'estúpidos', 'estúpidas',
      'cretino', 'cretina', 'cretinos', 'tarado', 'tarada', 'tarados', 'retrasado mental', 'zorra',
      'zorras', 'cornudo', 'cornuda', 'mequetrefe', 'cenutrio', 'zoquete', 'mamarracho', 'boludo', 'boluda',
    ],
  },
  {
    tier: 'profanity',
    words: [
      'mierda', 'mierdas', 'joder', 'jodido', 'jodida', 'jodidos', 'jodidas', 'jodiendo', 'jódete',
      'jodete', 'jodéos', 'coño', 'coños', 'cojones', 'cojonudo', 'cojonuda', 'carajo', 'me cago',
      'cágate', 'chingar', 'chingada', 'chingado', 'chingados', 'chinga', 'chingue', 'vete a la mierda',
      'no jodas', 'me la suda', 'me la pela', 'me suda la polla',
    ],
  },
  {
    tier: 'sexual',
    words: [
      'follar', 'follando', 'follamos', 'folla', 'follada', 'follador', 'polla', 'pollas', 'verga',
      'vergas', 'tetas', 'pajearse', 'mamada', 'mamadas',
    ],
  },
  {
    tier: 'mild',
    words: ['culo', 'culos', 'hostia', 'hostias', 'hostiazo', 'cagada', 'cagadas', 'cagarla'],
  },
];

/**
 * Spanish words that contain an English vulgar string (cumpleaños, análisis, fagot, retardo…), so the
 * English matcher leaves them alone. Found by running the matcher over a Spanish word list (wspanish).
 */
export const benignFragments: string[] = [
  'artesanal', 'semanal', 'decanal', 'anales', 'analfabet', 'analgesi', 'analgési', 'análisis', 'analisis', 'analista', 'analític', 'analitic',
  'analiz', 'análog', 'analóg', 'analéptic', 'aguanal', 'apañusc', 'añusg', 'arsénic', 'cumpl', 'cúmpl',
  'cúmul', 'cumana', 'cumaná', 'cúmel', 'cumiche', 'cumín', 'cuminol', 'cumquibus', 'cumarú', 'cuntir',
  'fagác', 'fagocit', 'fagot', 'fagüeñ', 'invagina', 'pelinegr', 'ojinegr', 'carinegr', 'barbinegr',
  'boquinegr', 'culinegr', 'faldinegr', 'haldinegr', 'raspinegr', 'verdinegr', 'arisnegr', 'negror',
  'negrot', 'negrófil', 'peñíscola', 'peniscola', 'penisla', 'rapé', 'rapista', 'retardo', 'retardar',
  'retardaci', 'retardador', 'retardativ', 'retardatori', 'retardatriz', 'retardante', 'sobretarde',
  'semencer', 'semencontra', 'semental', 'sementar', 'sementer', 'sementin', 'turdetan', 'túrdig',
  'turdión', 'túrdul', 'turdul', 'bastardilla', 'bastardillo',
];

/**
 * Words that are vulgar in English but ordinary in Spanish ("café negro", "rape a la plancha"):
 * ignored when the draft reads as Spanish.
 */
export const spanishReadings: string[] = ['negro', 'negros', 'rape', 'rapes'];

/** Juego con grupos de odio: ver lexicons/en/offensive.ts (`hateGroups`, `hatePlay`). */
export const hatePlay: string[] = [
  '(?:lunes|martes|miércoles|jueves|viernes|sábados?|domingos?)', 'finde', 'club', 'fiesta', 'noche', 'especial', 'ofertas?', 'promo', 'descuento',
  'disfraz', 'disfraces', 'menú', 'combo', 'hamburguesas?', 'donuts', 'batidos?', 'sabor', 'edición', 'reto', 'sorteo', 'concurso', 'pandilla',
];

/** Cosificación sexual como promoción (ver lexicons/en/offensive.ts, `objectification`). */
export const objectification: string[] = [
  '(?:chicas|mujeres|señoritas|jóvenes|muchachas|novias|esposas) que (?:se queden|queden|se quedan|quedan|se han quedado|consigan quedarse) embarazadas de (?:un |una |algún |alguno de (?:los|nuestros) |los |nuestros |sus )?(?:\\p{L}+ ){0,3}?(?:jugador(?:es)?|futbolistas?|estrellas?|famosos?|deportistas?|cracks?|seleccionados?|delanteros?|campeones)',
  '(?:quedarse|quedarte|quedes|quedéis|quedar) embarazadas? de (?:un |una |algún |alguno de (?:los|nuestros) |los |nuestros )?(?:\\p{L}+ ){0,3}?(?:jugador(?:es)?|futbolistas?|estrellas?|famosos?|deportistas?|cracks?|seleccionados?|delanteros?|campeones)',
  '(?:acostarse|acostarte|acuéstate|liarte|líate|liarse) con (?:un |una |algún |los |nuestros )?(?:\\p{L}+ ){0,2}?(?:jugador(?:es)?|futbolistas?|deportistas?|cracks?|delanteros?)',
  '(?:manda|mándanos|mandadnos|envía|envíanos|enviadnos|mandad|enviad) (?:tus|vuestras|una|unas) fotos? (?:en topless|desnud[oa]s?|enseñando (?:las tetas|escote|el pecho))',
  '(?:enséñanos|enséñale|enseña|enseñad|enseñadnos) (?:las tetas|el escote|los pechos|el pecho|las tetillas)',
  'la (?:chica|tía|mujer|novia|camarera) más (?:buena|buenorra|guapa|sexy|tremenda) (?:gana|se lleva)',
  'cuanto más (?:corta|ajustada|pequeña) (?:la falda|el vestido|la minifalda|el bikini),? (?:más|mayor)',
];
export const reward: string[] = [
  'recompensas?', 'premios?', 'premiamos', 'premiaremos', 'gana', 'ganará', 'ganadora?', 'gratis', 'de por vida', 'regalos?', 'regalamos', 'vales?', 'cheques?',
  'millones?', '\\d+\\s?(?:€|euros|dólares|rublos)', 'descuentos?', 'sorteo', 'concurso', 'invitamos', 'invita la casa',
];
