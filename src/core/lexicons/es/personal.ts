// Vida privada y opiniones personales (ver lexicons/en/personal.ts).

export const privateStates: string[] = [
  '(?:qué|vaya|menuda) resaca', 'de resaca', 'tengo resaca', 'no vuelvo a beber', 'menuda borrachera',
  'estoy (?:borracho|borracha|pedo|piripi|agotad[oa]|hart[oa]|reventad[oa])', 'me he prometido', 'estoy embarazada', 'busco piso', 'buscando piso', 'odio mi trabajo',
  'me (?:voy a|fui a) emborrachar', 'nos están despidiendo',
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
];

export const opinion: string[] = [
  '(?:yo )?(?:creo|pienso|opino) que', 'en mi opinión', 'personalmente', 'he votado', 'voy a votar', 'yo voto',
  'odio a', 'no soporto a', 'mi voto',
];

export const politics: string[] = [
  // Not "podemos" (we can), "sumar" (to add), "derecha" (right-hand): ordinary words first.
  'presidente', 'presidenta', 'gobierno', 'congreso', 'senado', 'elecciones', 'psoe', 'vox', 'sánchez',
  'feijóo', 'abascal', 'ayuso', 'milei', 'fachas?', 'comunistas?', 'fascistas?', 'independentistas?',
  'inmigrantes', 'aborto', 'la izquierda política', 'la derecha política', 'partido popular',
];
