// Expresiones que desprecian o estereotipan por género, origen, discapacidad, edad o cuerpo, con una
// alternativa (ver lexicons/en/inclusive.ts). Los insultos y las injurias los lleva `offensive`.
import type { Entry } from '../en/inclusive';

export const entries: Entry[] = [
  // género
  { match: ['como una niña', 'como nenas?', 'nenazas?'], suggest: 'di lo que quieres decir sin el género', severity: 'warning', why: 'gender' },
  { match: ['pórtate como un hombre', 'sé un hombre', 'échale huevos'], suggest: 'sé valiente', severity: 'warning', why: 'gender' },
  { match: ['(?:las mujeres|la mujer) (?:a|en) la cocina', 'vete a fregar', 'a fregar'], suggest: 'di lo que quieres decir sin un rol de género', severity: 'warning', why: 'gender' },
  { match: ['marimachos?'], suggest: 'describe a la persona sin etiquetas', severity: 'warning', why: 'gender' },
  { match: ['mujer al volante'], suggest: 'describe lo que pasó', severity: 'warning', why: 'gender' },
  { match: ['histéricas?'], suggest: 'alterada, o describe lo que pasó', severity: 'info', why: 'gender' },
  { match: ['azafatas?'], suggest: 'tripulante de cabina', severity: 'info', why: 'gender' },
  { match: ['los hombres de negocios'], suggest: 'las personas de negocios', severity: 'info', why: 'gender' },
  // orientación
  { match: ['cambio de sexo'], suggest: 'transición', severity: 'warning', why: 'orientation' },
  // Insultos que las listas de `offensive` no traen ("homo" sí está allí, como insulto grave).
  { match: ['bolleras?'], suggest: 'gay, lesbiana (o nada)', severity: 'warning', why: 'orientation' },
  { match: ['los homosexuales', 'opción sexual'], suggest: 'las personas homosexuales; orientación sexual', severity: 'info', why: 'orientation' },
  // origen
  { match: ['inmigrantes ilegales', 'los ilegales'], suggest: 'personas migrantes en situación irregular', severity: 'warning', why: 'race' },
  // Un pueblo como símil de engaño, desorden o trabajo explotado ("trabajar como un negro", "engañar
  // como a un chino", "hacer el indio", "mercadillo gitano"). No "cante gitano", "pueblo gitano",
  // "moros y cristianos", "negra como una mora" ni "una china en el zapato".
  {
    match: [
      'gitanadas?', 'merienda de negros', 'como (?:a )?(?:un|una|unos|unas|los|las) (?:negr[oa]s?|gitan[oa]s?|chinos?|moros?)', 'como (?:negr[oa]s|gitan[oa]s|chinos|moros)', 'chinitos?',
      'a lo gitano', 'gitane(?:ar|o|amos|a)', '(?:mercadillos?|precios?|trato|chapuzas?|apaños?|negocios?|regateos?|lío|jaleo) (?:muy |tan |bien )?gitan[oa]s?',
      '(?:hacer|haciendo|hace|haces|hacéis|hacemos|hacen|hizo|hicimos|hicisteis) el indio', 'judiadas?', 'negreros?', 'trabajo de chinos',
    ],
    suggest: 'di lo que quieres decir sin aludir a un pueblo',
    severity: 'warning',
    why: 'race',
  },
  // El color de la piel como valor: lo claro puro o bonito, lo oscuro sucio, blanquear la piel como virtud.
  {
    match: [
      '(?:el |lo )?blanco (?:es|=|significa) (?:pureza|belleza|perfección)',
      '(?:piel|tez) (?:clara|blanca|más clara|más blanca) (?:es|=) (?:\\p{L}+ )?(?:pureza|pura|belleza|bonita|mejor|perfecta|elegante|superior)',
      '(?:piel|tez) (?:oscura|morena|negra) (?:es|=) (?:\\p{L}+ )?(?:sucia|fea|peor|inferior)',
      'blanqueamiento (?:de )?(?:la )?piel', 'blanquea(?:r|dor[as]?)? (?:la|tu|su) piel', 'cremas? blanqueadoras?(?! (?:de dientes|dentales?))', 'piel más (?:blanca|clara)',
    ],
    suggest: 'di lo que hace el producto sin jerarquizar colores de piel',
    severity: 'warning',
    why: 'race',
  },
  { match: ['cuento chino', 'moros en la costa'], suggest: 'di lo que quieres decir sin aludir a un pueblo', severity: 'info', why: 'race' },
  { match: ['tercer mundo', 'tercermundistas?'], suggest: 'países de renta baja; precario', severity: 'info', why: 'race' },
  // discapacidad
  // Not "inválido" (an invalid code) nor "disminuido" (decreased).
  { match: ['minusválid[oa]s?'], suggest: 'persona con discapacidad', severity: 'warning', why: 'disability' },
  { match: ['discapacitad[oa]s?'], suggest: 'persona con discapacidad', severity: 'info', why: 'disability' },
  { match: ['postrad[oa] en (?:una )?silla de ruedas', 'confinad[oa] a (?:una )?silla de ruedas', 'atad[oa] a (?:una )?silla de ruedas'], suggest: 'usuario o usuaria de silla de ruedas', severity: 'warning', why: 'disability' },
  { match: ['(?:sufre|padece|sufren|padecen) (?:de )?(?:autismo|epilepsia|síndrome de down|parálisis cerebral|dislexia|tdah|una discapacidad|ceguera|sordera)'], suggest: 'tiene, o vive con', severity: 'warning', why: 'disability' },
  { match: ['sordomud[oa]s?'], suggest: 'persona sorda', severity: 'warning', why: 'disability' },
  { match: ['enanos?', 'enanas?'], suggest: 'persona de talla baja', severity: 'info', why: 'disability' },
  { match: ['(?:eres|está|estás|es|son) (?:un |una )?(?:loc[oa]|tarad[oa]|autista|esquizofrénic[oa]|bipolar|psicópata)'], suggest: 'di lo que quieres decir sin una etiqueta de salud mental', severity: 'info', why: 'disability' },
  { match: ['personas normales'], suggest: 'personas sin discapacidad, o di a quién te refieres', severity: 'info', why: 'disability' },
  // edad
  // Not "ropa vieja" (a dish), "la ciudad vieja" (old town), "los viejos tiempos".
  { match: ['los viejos(?! tiempos| amigos| conocidos)', 'viejos verdes?', 'vejestorios?', 'carcamales?', 'abueletes'], suggest: 'las personas mayores', severity: 'warning', why: 'age' },
  { match: ['ancian[oa]s', 'los abuelitos', 'la tercera edad'], suggest: 'las personas mayores', severity: 'info', why: 'age' },
  { match: ['ok boomer'], suggest: 'di en qué no estás de acuerdo', severity: 'warning', why: 'age' },
  // La edad en una oferta de empleo: pedir juventud o poner un límite de edad (ver lexicons/en/inclusive.ts).
  { match: ['nativ[oa]s digitales'], suggest: 'con soltura en herramientas digitales', severity: 'warning', why: 'age', when: 'hiring' },
  {
    match: [
      'gente joven', 'personas jóvenes', 'chic[oa]s jóvenes', 'perfil joven', 'jóvenes (?:y |con )?(?:dinámic[oa]s|enérgic[oa]s|entusiastas|con ganas)',
      'joven(?:es)? y dinámic[oa]s?', '(?:solo|sólo|solamente|únicamente) recién (?:titulad|graduad|licenciad)[oa]s',
      '(?:buscamos|se busca|se buscan|se necesita|se necesitan|necesitamos) (?:\\p{L}+ ){0,2}(?:jóvenes|joven)',
    ],
    suggest: 'con energía y ganas (di lo que pide el puesto, no una edad)',
    severity: 'warning',
    why: 'age',
    when: 'hiring',
  },
  {
    match: [
      'menores de (?:2[5-9]|[34]\\d)(?: años)?', 'no mayores de \\d\\d(?: años)?', 'edad máxima(?: de)?:? \\d\\d(?: años)?', 'máximo (?:de )?\\d\\d años',
      'entre (?:los )?\\d\\d y (?:los )?(?:2[5-9]|[3-6]\\d) años', 'de \\d\\d a (?:2[5-9]|[3-6]\\d) años', '(?:con |de )?menos de (?:2[5-9]|[34]\\d) años', 'límite de edad:? (?:de )?\\d\\d(?: años)?',
    ],
    suggest: 'sin límite de edad: di lo que pide el puesto',
    severity: 'warning',
    why: 'age',
    when: 'hiring',
  },
  // cuerpo
  // Burlarse de la persona más grande del grupo ("que no te toque ser la gordita de la playa"). No "el
  // Gordo" (la lotería) ni las gorditas (un plato mexicano): solo ser o parecer "la gordita".
  { match: ['(?:ser|seas|sea|parecer|parezcas|parezca|verte como) (?:la|el) gord(?:it)?[oa]', '(?:la|el) gord(?:it)?[oa] de (?:la|el|tu|tus) (?:playa|piscina|grupo|pandilla|clase|oficina|foto|boda|familia|amigas|amigos)'], suggest: 'describe el producto, no los cuerpos', severity: 'warning', why: 'body' },
  { match: ['operación bikini', 'cuerpo de playa'], suggest: 'listo para el verano', severity: 'info', why: 'body' },
  { match: ['michelines', 'lorzas', 'kil(?:it)?os de más', 'disimula(?:n|r)? (?:la barriga|la tripa|los michelines|las lorzas|los kilos|las cartucheras)'], suggest: 'di lo que hace el producto, sin un cuerpo que esconder', severity: 'info', why: 'body' },
];

export const hiringCues: string[] = [
  'ofertas? de (?:empleo|trabajo)', 'vacantes?', 'puestos? de trabajo', 'empleo', 'contratamos', 'estamos contratando', 'incorporaci(?:ón|ones)', 'incorporar(?:se|te)?',
  'únete a (?:nuestro|el) equipo', 'forma parte de (?:nuestro|el) equipo', 'envía(?:nos)? tu (?:cv|currículum|currículo)', 'currículums?', 'cv', 'candidat[oa]s?',
  'selección de personal', 'se busca', 'sueldo', 'salario', 'jornada (?:completa|parcial)', 'contrato (?:indefinido|temporal)', 'prácticas',
  'trabaja con nosotros', 'buscamos (?:\\p{L}+ ){0,6}para (?:nuestro|nuestra|el|la) (?:equipo|tienda|oficina|restaurante|obrador|plantilla|cocina|sala|local)',
  'buscamos (?:camarer|dependient|cociner|comercial|repartidor|teleoperador|administrativ|programador|diseñador|vendedor|recepcionist|monitor|conductor|mozo|ayudante)\\p{L}*',
];
export const youthSchemes: string[] = ['garantía juvenil', 'empleo juvenil', 'carné joven', 'becas? para jóvenes', 'programa (?:para|de) jóvenes', 'erasmus', 'intercambios? juvenil(?:es)?', 'cuerpo europeo de solidaridad', 'voluntari[oa]s?', 'voluntariado'];
export const teamNouns: string[] = ['equipo', 'plantilla', 'ambiente', 'empresa', 'entorno', 'oficina', 'marca', 'startup'];
