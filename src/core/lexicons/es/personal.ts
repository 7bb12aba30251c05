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
];

export const staffGrievance: string[] = [
  'nos están despidiendo',
  'nos (?:están|van a|acaban de) (?:despedir|echar)', 'nos han (?:despedido|echado)', 'nos despiden',
  'de nosotros (?:\\w+ )?(?:despedidos|a la calle)', 'no nos (?:pagan|han pagado)', 'nos deben (?:el sueldo|la nómina|las horas)',
];

export const myPrivate: string[] = [
  'mi (?:casero|casera|alquiler|piso|compi de piso|compañero de piso|novio|novia|marido|mujer|pareja|ex|madre|padre|mamá|papá|hijo|hija|familia|suegra|suegro|jefe|jefa|sueldo|nómina|cumple|boda|perro|gato|psicólogo|psicóloga|resaca|cita)',
  'mis (?:padres|hijos|suegros|niños)', 'no me puedo creer que mi',
];

export const careerNews: string[] = [
  '(?:me alegra|estoy (?:muy )?(?:feliz|contento|contenta|orgulloso|orgullosa)(?: de)?) (?:anunciar|compartir) que (?:empiezo|me incorporo|he)',
  'empiezo (?:un nuevo puesto|en un nuevo trabajo|nuevo trabajo|una nueva etapa)', 'nuevo puesto como',
  'me (?:incorporo|uno) (?:a|al equipo de)', 'me han (?:despedido|ascendido|contratado)', 'mi último día en',
  'dejo mi trabajo', 'mi nuevo (?:trabajo|puesto)',
  // el aniversario propio en la empresa
  'hace \\w+ años (?:hoy )?(?:entré|empecé|llegué|me incorporé|me uní)', 'hoy hace \\w+ años que (?:entré|empecé|llegué|me incorporé)',
  'mi primer día (?:en|como)', 'mi aniversario (?:en|con)', 'cumplo \\w+ años en', 'llevo \\w+ años (?:en|trabajando en|con)',
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
