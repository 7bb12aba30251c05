// Tragedias, catástrofes, guerras, atentados, muertes y días de memoria (ver lexicons/en/sensitive-event.ts).

export const tragedy: string[] = [
  'terremotos?', 'sismo', 'seísmo', 'tsunami', 'huracán', 'huracanes', 'tifón', 'inundaciones', 'inundación',
  'riadas?', 'gota fría',
  // Una DANA (depresión aislada en niveles altos) se nombra con artículo; sin él, "Dana" es un nombre de pila.
  '(?:la|una|esta|otra|nueva) dana', '#dana[\\p{L}\\p{N}_]*',
  // Afectados por un suceso nombrado solo por su etiqueta o una palabra ("afectados por #Filomena").
  'afectad[oa]s por (?:#[\\p{L}\\p{N}_]+|el temporal|la borrasca|las lluvias|la tormenta|los incendios|la explosión)',
  'evacuad[oa]s', 'desalojad[oa]s', 'han perdido (?:sus casas|su casa|todo)', 'sin hogar tras',
  'incendios?(?: forestal(?:es)?)?', 'erupción', 'sequía', 'hambruna', 'catástrofe',
  'tragedia', 'trágico', 'trágica', 'devastador', 'devastadora', 'estado de emergencia', 'tiroteo',
  'atentado', 'atentados', 'terroristas?', 'terrorismo', 'bombardeos?', 'masacre', 'genocidio',
  'rehenes', 'asesinato', 'asesinada', 'asesinado', 'accidente aéreo', 'guerra civil', 'en guerra',
  'guerra (?:en|de) (?:ucrania|siria|gaza|israel|irak|afganistán|yemen|sudán|líbano|oriente medio)', 'invasión', 'tropas',
  'misiles?', 'alto el fuego', 'refugiados', 'víctimas', 'víctima', 'fallecidos', 'fallecido', 'fallecida',
  'falleció', 'ha fallecido', 'muertos', 'la muerte de', 'murió', 'han muerto', 'descanse en paz', 'dep', 'd\\.e\\.p\\.?',
  'qepd', 'condolencias', 'pésame', 'luto', 'en memoria de', 'en homenaje a (?:las víctimas|los fallecidos|quienes (?:murieron|perdieron la vida))', 'funeral', 'pandemia', 'violencia machista',
  'violencia de género', 'feminicidio', 'desahucios?', 'manifestantes', 'disturbios', 'golpe de estado',
];

export const everydayTragedy: string[] = [
  'tropas', 'víctimas', 'víctima', 'muertos', 'murió', 'funeral', 'luto', 'tragedia', 'trágico', 'trágica', 'devastador',
  'devastadora', 'catástrofe', 'invasión', 'misiles?', 'disturbios', 'refugiados',
];

export const figurativeDeath: string[] = ['murió', 'dep', 'descanse en paz'];

export const charity: string[] = [
  'dona', 'donar', 'donad', 'donamos', 'donativos?', 'donaciones', 'donación', 'recogida', 'recaudación', 'recaudar', 'benéfic[oa]s?',
  'solidari[oa]s?', 'voluntari[oa]s', 'ayuda humanitaria',
];

export const causeHashtags: string[] = ['#niunamenos', '#yotecreo', '#todossomos[\\p{L}\\p{N}_]+', '#fuerza[\\p{L}\\p{N}_]+', '#yosoy[\\p{L}\\p{N}_]+', '#metoo'];

export const support: string[] = [
  'apoyo', 'apoyamos', 'solidaridad', 'con las víctimas', 'víctimas', 'pésame', 'condolencias', 'recordamos',
  'en memoria', 'donamos', 'donativo', 'donaciones', 'juntos', 'juntas', 'igualdad', 'justicia', 'escuchar',
];

export const memorialDays: string[] = [
  'día de los caídos', '11-m', '11m', '11 de marzo', '11-s', '11s', '11 de septiembre', 'nunca olvidaremos',
  'día del holocausto', 'día internacional en memoria de las víctimas', 'día de la memoria', '25n',
  'día internacional de la eliminación de la violencia contra la mujer',
];

/** La marca que se mete en un día de memoria (ver en/sensitive-event.ts, `brandInsertion`). */
export const brandInsertion: string[] = [
  '(?:recuerda|recordad|recordemos|recuerde|honra|honrad|homenajea|conmemora|rinde homenaje|rendid homenaje|nunca olvides|no olvidemos)[^.!?\\n]{0,60}? con nosotros',
  'nuestra mascota', 'nuestro muñeco', 'patrocinado por', 'presentado por', '#publi(?:cidad)?',
  '(?:nuestr[oa]s?|est[ea]) (?:\\p{L}+ )?(?:hamburguesas?|pizzas?|patatas|donuts|rosquillas|cervezas?|cañas|pasta|batidos?|bocadillos?|galletas|cócteles|cafés?|menús?|combos?|snacks?) (?:recuerdan?|homenajean?|rinden? homenaje|no olvidan?)',
];

export const remembranceEvent: string[] = [
  'acto', 'actos', 'ceremonia', 'ofrenda', 'ofrenda floral', 'corona', 'minuto de silencio', 'misa', 'funeral', 'vigilia', 'concentración',
  'museo', 'exposición', 'visita', 'charla', 'en directo', 'retransmisión', 'cementerio', 'iglesia', 'a las \\d{1,2}(?:[:.]\\d{2})?',
];

export const grimIdioms: string[] = ['tierra quemada', 'daños colaterales', 'zona cero', 'kamikaze', 'yihad'];

/** Catástrofes nombradas con la palabra de cada día ("el temporal", "la ola de calor"); ver en/sensitive-event.ts. */
export const hazards: string[] = [
  '(?:el|este|ese|un|otro) temporal', 'temporal de (?:nieve|viento|lluvia|frío|levante)', 'borrascas?',
  'tormentas?(?: de (?:nieve|granizo|arena|verano))?(?! de)', 'nevadas?(?! de)', 'nevadón', 'ventiscas?', 'olas? de (?:calor|frío)',
  'calima', 'humo de los incendios', 'el humo', 'inundaciones', 'inundación', 'riadas?', 'huracán', 'huracanes', 'ciclón', 'tornados?',
  'apagón', 'apagones', 'cortes? de luz', 'granizadas?', 'incendios?', 'terremotos?', 'sismo', '(?:la|una|esta|otra|nueva) dana',
  'gota fría', 'frío polar', 'evacua(?:r|d[oa]s?|ción|ndo)', 'desaloj(?:ar|ad[oa]s?|o)',
];

export const livedIn: string[] = [
  'durante', 'en (?:pleno|plena|medio de(?:l| la)?)', 'por culpa de', 'a causa de', 'debido a', 'gracias a', 'aprovecha(?:d|ndo|r)?',
  'encerrad[oa]s?', 'atrapad[oa]s?', 'sin poder salir', 'sin salir de casa', 'no (?:se )?puede(?:s|n)? salir', 'sin luz',
  'cuidaos', 'cuídate', 'cuídense', 'tened cuidado', 'mucho cuidado', 'a salvo', 'evacuad[oa]s?', 'evacuando', 'desalojad[oa]s?', 'refugiad[oa]s en casa',
  // La catástrofe nombrada como la que está pasando ("este temporal", "esta DANA"); no una "tormenta de
  // ideas" ni un "temporal de ofertas".
  '(?:este|esta|estos|estas) (?:temporal(?:es)?|borrascas?|tormentas?|dana|gota fría|huracán|huracanes|inundaci(?:ón|ones)|riadas?|nevadas?|ventiscas?|ciclón|tornados?|terremotos?|incendios?)(?! de (?:ofertas|precios|descuentos|sabores|emociones|ideas|risas|novedades|regalos))',
];

export const serviceNotice: string[] = [
  'cerrad[oa]s?', 'cerramos', 'cierre', 'cierran', 'retrasos?', 'retrasad[oa]s?', 'suspendid[oa]s?', 'suspendemos', 'cancelad[oa]s?',
  'cancelamos', 'aplazad[oa]s?', 'aplazamos', 'lo sentimos', 'disculpa\\p{L}*', 'reembolsos?', 'reabrimos', 'sin coste',
];

export const survived: string[] = [
  'sobreviviste', 'sobrevivisteis', 'sobrevivieron', 'sobrevivimos', 'sobrevivido', 'sobrevivir', 'habéis superado', 'has superado',
  'salisteis viv[oa]s', 'salir viv[oa]s?',
];

export const violence: string[] = [
  '(?:el|ese|este|un) ataque(?! de (?:risa|sabor|nervios|hambre|ansiedad|pánico))', 'ataques (?:en|contra)', '(?:el|ese|este|un) tiroteo',
  '(?:la|esa|esta|una) explosión', 'la bomba', 'el atentado',
];

export const congrats: string[] = [
  'enhorabuena', 'felicidades', 'felicitaciones', 'os felicitamos', 'te felicitamos', 'bien hecho', 'bravo', 'chapó',
  'lo (?:conseguiste|lograste|habéis conseguido|has conseguido)', 'os merecéis un (?:premio|capricho|descanso)', 'te mereces un (?:premio|capricho)', 'logro desbloqueado',
];
