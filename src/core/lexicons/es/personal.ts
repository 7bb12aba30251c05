// Vida privada y opiniones personales (ver lexicons/en/personal.ts).

export const privateStates: string[] = [
  '(?:qué|vaya|menuda) resaca', 'de resaca', 'tengo resaca', 'no vuelvo a beber', 'menuda borrachera',
  'estoy (?:borracho|borracha|pedo|piripi|agotad[oa]|hart[oa]|reventad[oa])', 'me he prometido', 'estoy embarazada', 'busco piso', 'buscando piso', 'odio mi trabajo',
  'me (?:voy a|fui a) emborrachar',
  '(?:pillar|pillé|pillamos|coger|cogí|cogimos|llevo|llevaba) (?:una )?(?:buena |menuda )?(?:cogorza|borrachera|melopea|moña|castaña|tajada)',
  '(?:me puse|nos pusimos|ponerse|ponernos) (?:ciegos?|ciegas?|pedo)',
  // la mañana siguiente
  'hoy no soy persona', 'no soy persona hoy', '(?:que )?alguien (?:que )?me traiga', 'me va a estallar la cabeza',
  'necesito (?:un )?(?:ibuprofeno|paracetamol|nolotil|analgésico)',
  // la noche propia, en primera persona del singular (una marca sale "de cañas" en plural: "nos vamos")
  'me voy de (?:fiesta|cañas|copas|juerga|marcha|parranda|farra|fiestuki|after|botellón)', 'salgo de (?:fiesta|cañas|copas|juerga|marcha|farra)',
  'esta noche (?:salgo|me emborracho|me lío|lo doy todo)', 'voy (?:muy |bastante |un poco )?(?:pedo|ciego|borracho|borracha|mamad[oa]|piripi|contentill[oa])(?! de)',
  'llevo (?:un |una )?(?:pedo|ciego|pedal|puntillo) (?:encima|que)', 'no me acuerdo de nada de (?:anoche|ayer)',
  'me (?:pasé|he pasado) (?:un poco |bastante |mucho )?con (?:las|los|el|la) (?:copas|cañas|chupitos|vinos?|birras|cervezas|gin-?tonics|cubatas|tequilas?)',
  '(?:mañana|hoy) no hay quien me levante', '(?:tengo|llevo) (?:un |una )?(?:resacón|resaca (?:monumental|épica|de campeonato|horrible|terrible|brutal))',
  '(?:menudo|vaya|qué) resacón', 'con la resaca que (?:tengo|llevo)', 'mañana (?:tendré|voy a tener) (?:una )?resaca',
  // lo que se celebra: un compromiso, un bebé
  'me (?:ha|han) pedido (?:matrimonio|que me case)', 'vamos a ser (?:padres|papás)', 'voy a ser (?:madre|padre|mamá|papá)',
];

/**
 * Una noche propia dicha a medias: "invito yo" (el dueño de un bar también invita, pero en plural:
 * "invitamos", "invita la casa"), una resaca que se anuncia ("mañana resaca segura": también lo dice
 * un bar de su fiesta) y los amigos a los que se habla ("chicas", "tías": también las tiendas).
 * Cuentan dos de ellas en una frase, y siempre con el "invito yo".
 */
export const treat: string[] = ['(?:invito|pago) yo(?! (?:también|no))'];
export const nightAhead: string[] = [
  'resaca (?:segura|asegurada|garantizada)', '(?:chicas|chicos|tías|tíos|chavales|nenas|amigas|amigos|peña|chiquis|bros|cracks)',
];

export const staffGrievance: string[] = [
  'nos están despidiendo',
  'nos (?:están|van a|acaban de) (?:despedir|echar)', 'nos han (?:despedido|echado)', 'nos despiden',
  'de nosotros (?:\\w+ )?(?:despedidos|a la calle)', 'no nos (?:pagan|han pagado)', '(?:estamos|estoy) (?:mal pagad[oa]s?|explotad[oa]s?|quemad[oa]s?)', 'nos deben (?:el sueldo|la nómina|las horas)',
];

export const myPrivate: string[] = [
  'mi (?:casero|casera|alquiler|piso|compi de piso|compañero de piso|novio|novia|marido|mujer|pareja|ex|madre|padre|mamá|papá|hijo|hija|familia|suegra|suegro|abuel[oa]|abuelit[oa]|yay[oa]|herman[oa]|t[ií][oa]|jefe|jefa|sueldo|nómina|cumple|boda|perro|gato|psicólogo|psicóloga|resaca|cita)',
  'mis (?:padres|hijos|suegros|niños|abuel[oa]s|herman[oa]s)', 'no me puedo creer que mi',
];

export const careerNews: string[] = [
  '(?:me alegra|estoy (?:muy )?(?:feliz|contento|contenta|orgulloso|orgullosa)(?: de)?) (?:anunciar|compartir) que (?:empiezo|me incorporo|he)',
  'empiezo (?:un nuevo puesto|en un nuevo trabajo|nuevo trabajo|una nueva etapa)', '(?<!(?:su|tu|vuestro|nuestro|nuestra) )nuevo puesto como',
  'me (?:incorporo|uno) (?:a|al equipo de)', 'me han (?:despedido|ascendido|contratado)', 'mi último día en',
  'dejo mi trabajo', 'mi nuevo (?:trabajo|puesto)',
  // el aniversario propio en la empresa
  'hace \\w+ años (?:hoy )?(?:entré|empecé|llegué|me incorporé|me uní)', 'hoy hace \\w+ años que (?:entré|empecé|llegué|me incorporé)',
  'mi primer día (?:en|como)', 'mi aniversario (?:en|con)', 'cumplo \\w+ años en', 'llevo \\w+ años (?:en|trabajando en|con)',
  // un puesto, una plaza, una beca propios; una marca dice "nos han dado el premio", no "me"
  'me (?:acaban de|han|ha) (?:dar|dado|ofrecer|ofrecido) (?:la|el|una|un|mi) (?:plaza|puesto|trabajo|curro|beca|contrato|ascenso)(?! del? (?:alquiler|local|luz|gas|mercado|garaje))',
  'me (?:acaban de|han|ha) (?:coger|cogido|aceptar|aceptado|admitir|admitido|seleccionar|seleccionado|fichar|fichado) (?:en|para) (?:el |la |un |una )?(?:(?:trabajo|curro|puesto|empleo) nuevo|(?:nuevo )?(?:trabajo|curro|puesto|empleo)|máster|master|universidad|carrera|doctorado|beca|empresa|erasmus|prácticas|oposiciones?)',
  '(?:he|ya he|por fin he) (?:conseguido|encontrado|firmado) (?:el |un |mi )?(?:primer )?(?:trabajo|curro|puesto|empleo|contrato)(?! (?:perfecto|ideal) para ti| del? (?:alquiler|local|luz|gas|mercado))',
  // No "puesto" a solas: en un mercado es el de la tienda ("¡venid a ver mi puesto nuevo!").
  'tengo (?:trabajo|curro) nuevo', 'tengo nuevo (?:trabajo|curro)',
  '(?:he aprobado|aprobé|por fin aprobé|he sacado|saqué) (?:las|la|mi) (?:oposiciones|opos|oposición|plaza)', 'me han hecho (?:fij[oa]|indefinid[oa]|el contrato indefinido|un contrato)',
  'empiezo (?:a trabajar|a currar) en', 'empiezo en el (?:curro|trabajo) nuevo', 'mi (?:trabajo|curro) nuevo', 'mi nuevo curro', 'dejo mi curro',
];

export const opinion: string[] = [
  '(?:yo )?(?:creo|pienso|opino) que', 'en mi opinión', 'personalmente', 'he votado', 'voy a votar', 'yo voto',
  'odio a', 'no soporto a', 'mi voto',
];

export const politics: string[] = [
  // Not "podemos" (we can), "sumar" (to add), "derecha" (right-hand): ordinary words first.
  'presidente', 'presidenta', 'gobierno', 'congreso', 'senado', 'elecciones', 'inmigrantes', 'aborto',
  'la izquierda política', 'la derecha política', 'sánchez',
];

// Not "Sánchez", as common a surname as a politician's: only next to an opinion (above).
export const partisans: string[] = [
  'psoe', 'vox', 'partido popular', 'feijóo', 'abascal', 'ayuso', 'milei', 'fachas?', 'comunistas?',
  'fascistas?', 'independentistas?',
];

export const verdict: string[] = [
  'malos?', 'malas?', 'malísim[oa]s?', 'peor', 'fatal', 'desastre', 'vergüenza', 'vergonzos[oa]', 'payasos?', 'ridícul[oa]s?',
  'inútil(?:es)?', 'corrupt[oa]s?', 'mentiros[oa]s?', 'sinvergüenzas?', 'lamentable', 'patétic[oa]s?', 'idiotas?',
  'tont[oa]s?', 'traidor(?:es|as?)?', 'basura',
];

/** Un familiar cercano, como se le llama o nombra. */
const KIN = '(?:pap[aá]|mam[aá]|padre(?! nuestro)|madre|abuel[oa]|abuelit[oa]|abu|yay[oa]|herman[oa]|hij[oa]|t[ií][oa])';

/** El duelo propio: la muerte de un ser querido, su aniversario, palabras a quien se fue. */
export const grief: string[] = [
  // "DEP abuela", "Papá, descansa en paz"
  `(?:dep|d\\.e\\.p\\.?|descansa en paz|vuela alto),? (?:mi |querid[oa] )?${KIN}`,
  `${KIN},? (?:dep|d\\.e\\.p|descansa en paz|vuela alto)`,
  // con el tiempo que ha pasado: "desde que te fuiste" a secas también es la carta de una operadora a un ex cliente
  '(?:hace \\w+ (?:años?|meses|semanas|días) |(?:años?|meses) desde )que (?:te (?:fuiste|marchaste|perdí|perdimos)|nos dejaste)',
  `(?:perdí|he perdido|hemos perdido|perdimos) a (?:mi|nuestr[oa]) ${KIN}`,
  `(?:falleció|ha fallecido|murió|se (?:nos )?fue|nos dejó) (?:mi|nuestr[oa]) ${KIN}`, `mi (?:difunt[oa]|añorad[oa]) ${KIN}`,
  'feliz cumpleaños (?:en el|hasta el) cielo', 'habrías cumplido \\w+', 'hoy cumplirías \\w+',
  `(?:desde que|hace \\w+ (?:años?|meses) que) (?:se fue|murió|falleció|perdí a|perdimos a) (?:mi |nuestr[oa] )?${KIN}`, '(?:un|otro) ángel (?:más )?en el cielo',
];
export const kin: string[] = [KIN];
export const missing: string[] = [
  'te echo (?:tanto |mucho |muchísimo )?de menos', 'te (?:extraño|añoro)', 'siempre en mi corazón',
  'no hay (?:un )?día (?:en )?que no (?:te piense|piense en ti|me acuerde de ti)', 'te querré siempre', 'ojalá (?:estuvieras|siguieras) aquí', 'pienso en ti (?:cada día|siempre|hoy)',
];
export const loss: string[] = [
  'en el cielo', 'allá arriba', 'donde quiera que estés', 'desde que (?:te fuiste|te marchaste|nos dejaste)', 'allá donde estés', 'descansa en paz',
  '\\w+ (?:años?|meses|navidades) sin ti', 'cada día desde',
];

export const staffVoice: string[] = [
  'mi (?:encargad[oa]|supervisor(?:a)?|coordinador(?:a)?|compañer[oa] de (?:trabajo|curro)|compi de (?:trabajo|curro))',
  'mis (?:jefes|compañeros de (?:trabajo|curro)|compis de (?:trabajo|curro))',
  '(?:mi )?último día (?:como|de) (?:becari[oa]|community manager|en prácticas|prácticas|\\w+ en prácticas)',
  '(?:este es|es) mi último (?:tuit|tweet|post|turno)', 'me despido (?:de esta cuenta|para siempre|de todos vosotros)',
  'me (?:largo|piro|voy) de (?:esta empresa|este curro|aquí para siempre)', 'odio (?:este|mi) curro', 'trabajar aquí es (?:un infierno|horrible|una pesadilla|una tortura)', 'dejo (?:esta empresa|este curro|el curro)',
];
export const workRole: string[] = [
  'jef[ea]s?', 'encargad[oa]', 'supervisor(?:a)?', 'gerente', 'director(?:a)?', 'dueñ[oa]', 'recursos humanos', 'rrhh',
];
export const workInsult: string[] = [
  '(?:es|son|era) (?:un|una|unos|unas) (?:auténtic[oa]s? |verdader[oa]s? )?(?:tiran[oa]s?|negrer[oa]s?|explotador(?:a|es)?|déspotas?|dictador(?:a|es)?|capullos?|imbéciles?|idiotas?|impresentables?)',
  'nos (?:explota|explotan|tiene explotados|trata como|tratan como)', 'peor jef[ea] del mundo',
];
export const signOff: string[] = [
  'adi[oó]s', 'chao', 'chau', 'me piro', 'me largo', 'hasta nunca', 'hasta luego', 'nos vemos', 'besis', 'ciao',
];

export const officials: string[] = [
  'gobierno', 'gobernantes', 'los que nos gobiernan', 'los que mandan', 'ministr[oa]s?', 'ministerio', 'president[ea]', 'pol[ií]tic[oa]s', 'la clase pol[ií]tica', 'el ejecutivo',
  'congreso', 'senado', 'diputad[oa]s', 'alcalde(?:sa)?', 'ayuntamiento', 'hacienda', 'impuestos?', 'iva', 'moncloa',
];
/** No "desastre" (zona catastrófica es noticia), ni "malo" o "fatal" (el tiempo). */
export const contempt: string[] = [
  'no tienen? (?:ni )?verg[uü]enza', 'sinverg[uü]enzas?', 'qué verg[uü]enza', 'una verg[uü]enza', 'vergonzos[oa]', 'bochornos[oa]',
  '(?:es|son) (?:un|una|unos|unas) (?:idiotas?|imbéciles?|inútil(?:es)?|payas[oa]s?|sinverg[uü]enzas?|mentiros[oa]s?|ladr[oó]n(?:es|a)?)',
  'payasos', 'mentirosos', 'ladron(?:es|a)', 'corrupt[oa]s?', 'inútiles', 'incompetentes?', 'impresentables?',
  'nos (?:roban?|(?:está|están) (?:robando|arruinando|hundiendo|matando|asfixiando|exprimiendo)|toman? el pelo|fr[ií]en?|crujen?|asfixian?|exprimen?|ahogan?|engañan?)', 'se r[ií]en? de (?:nosotros|los \\w+)',
  'les (?:da igual|importamos (?:un bledo|un pimiento|un comino|nada))', 'ni una (?:sola )?(?:medida|ayuda|rebaja|solución|palabra)',
  'ni un (?:solo )?(?:euro|céntimo|duro)', '(?:y|pero) nada para', 'gracias por nada', '(?:está|están|ha|han) (?:destruyendo|hundiendo|arruinando|cargándose|destruido|hundido|arruinado) (?:el país|este país|españa|al pequeño comercio|el pequeño comercio|a los autónomos|la hostelería)', 'que dimitan?', 'dimisión ya',
];
export const attack: string[] = [
  '(?:eres|sois|es usted) (?:un|una|unos|unas) (?:auténtic[oa]s? |verdader[oa]s? )?(?:verg[uü]enza|asco|sinverg[uü]enzas?|impresentables?|mentiros[oa]s?|fraude|cobardes?)',
  '(?:no tienes|no tenéis|no tiene usted) (?:ni )?verg[uü]enza', '(?:das|dais|da usted) asco', '(?:debería|deberíais?) (?:darte|daros) verg[uü]enza',
  'deberías? avergonzarte', 'verg[uü]enza (?:te|os) debería dar',
];

/** La voz de una persona, en primera del singular (ver lexicons/en/personal.ts). */
export const singularVoice: string[] = ['yo', 'me', 'mi', 'mis', 'mí', 'conmigo', 'mí[oa]s?'];
export const singularPossessives: string[] = ['mi', 'mis'];
/** La voz de la marca: "nosotros", "nuestro", "nos" o un verbo en "-amos", "-emos", "-imos". */
export const pluralVoice: string[] = ['nosotr[oa]s', 'nuestr[oa]s?', 'nos', '\\p{L}{2,}(?:amos|emos|imos)'];
