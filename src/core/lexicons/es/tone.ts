// Respuestas que culpan, sermonean o desprecian al cliente, cebos de interacción y bromas que
// aprueban un daño (ver lexicons/en/tone.ts).

export const dismissive = {
  strong: [
    'cálmate', 'cálmese', 'tranquilízate', 'relájate', 'no es para tanto', 'no es el fin del mundo',
    'supéralo', 'te aguantas', 'pues te aguantas', 'lo que tú digas',
    'os quejáis de todo', 'te quejas de todo', 'se quejan de todo', 'siempre quejándo(?:te|se|os)',
    'vosotros siempre', 'ustedes siempre', 'la gente como tú', 'no es (?:nuestro|mi) problema', 'es tu problema',
    'es (?:tu|su) culpa', 'nadie te obliga', 'nadie le obliga', 'si no te gusta', 'si no le gusta',
    'lee las condiciones', 'la próxima vez lee', 'prueba a leer', 'léete las condiciones', 'lea las condiciones', 'aprende a leer',
    'como ya (?:te |le |os |les )?(?:(?:hemos|habíamos) )?(?:dijimos|dicho|explicamos|explicado|indicamos|indicado|comentamos|comentado|informamos|informado)', 'como ya se ha dicho',
    'antes de (?:volver a )?(?:escribirnos|mencionarnos|etiquetarnos|preguntar(?:nos)?|contactarnos|llamarnos) (?:otra vez|de nuevo)',
    'antes de volver a (?:escribirnos|mencionarnos|etiquetarnos|preguntar(?:nos)?|contactarnos|llamarnos)', 'deja de (?:etiquetarnos|mencionarnos|darnos la lata)',
    'por (?:tercera|enésima|última) vez',
    '(?:deberías|debería|tendrías que|tendría que) haber(?:lo)? (?:leído|mirado|comprobado|reservado|pensado|llegado|preguntado|planificado)',
    'haberlo pensado antes', 'siento que te sientas así', 'lamentamos que te sientas así',
    // culpar a quien critica: sus sentimientos son el problema
    'hacer (?:de )?(?:tus|sus|vuestros) (?:complejos|inseguridades|problemas) (?:nuestro|mi) problema', 'no son (?:nuestro|mi) problema',
    'no es problema nuestro', '(?:eso )?es problema tuyo', '(?:te ofendes|os ofendéis|se ofenden) por todo', 'ofendidit[oa]s?',
    '(?:eres|sois|estás|estáis) (?:muy |demasiado |un poco )?(?:susceptibles?|exagerando|celos[oa]s?|envidios[oa]s?)', 'no exageres', 'no seas (?:tan )?(?:exagerad[oa]|dramátic[oa]|susceptible)',
    'nadie te (?:ha )?pregunt(?:ó|ado)', 'pues no (?:lo |nos )?compres',
    'con todo (?:el )?respeto', 'otra queja más', 'vaya,? otra queja', 'qué sorpresa,? otra', 'ya estamos otra vez', '¿de verdad (?:te )?(?:crees|piensas)', 'nadie trabajaría (?:aquí|con nosotros|para nosotros)',
    // Gracias sarcásticas por la corrección ("gracias por la clase, chef" es sincero).
    'gracias por (?:la|esta|tu) (?:\\p{L}+ )?(?:lección|clase|charla|clase magistral|lección magistral) (?:de|sobre) (?:modales|educación|saber estar|buenas maneras|gramática|ortografía|atención al cliente|marketing|humildad|paciencia|cómo (?:llevar|hacer|gestionar|hablar|escribir|tratar))',
    'gracias por (?:el|tu) sermón', 'gracias por (?:tu|la) opinión no solicitada', 'gracias por (?:tus|los) consejos no solicitados',
    '(?:nuestra|mi) (?:página|cuenta|perfil|muro|canal),? (?:nuestras|mis) (?:normas|reglas)', '(?:en )?(?:nuestra|mi) (?:página|cuenta|perfil|muro|canal) mandamos nosotros',
    'aquí (?:mandamos|decidimos) nosotros', 'las (?:normas|reglas) (?:aquí )?las ponemos nosotros',
    'ahí (?:tienes|está) la puerta', 'la puerta está (?:ahí|abierta)', 'puedes dejar de seguirnos', '(?:puedes|podéis) irte? a otro sitio', 'nadie te (?:retiene|está obligando)',
    // No "¡claro que sí, campeona!" ni "vale, guapi": ánimo y cariño de cada día.
    '(?:vale|ok|sí|claro),? (?:karen|listill[oa])', 'alguien se ha levantado con el pie izquierdo',
    'qué (?:susceptible|sensible|delicad[oa]) (?:estás|andas)', 'no (?:tienes|tiene) ni idea de lo que (?:hablas|dices|habla|dice)', 'no sabes (?:de )?lo que (?:hablas|dices)',
    '(?:tu|su) opinión no (?:nos )?(?:importa|interesa)', 'a nadie le importa (?:tu|lo que)', 'búscate una vida', 'sal a que te dé el aire',
    'no (?:vamos a perder|perderemos) el sueño', 'sobreviviremos sin (?:ti|usted)', 'tú te lo pierdes', 'prueba a ser (?:amable|educad[oa]|respetuos[oa]) por una vez', 'lo siento,? pero no lo siento', 'que no te dé (?:con )?la puerta',
  ],
  mild: ['ten paciencia', 'tenga paciencia', 'según nuestra política', 'no podemos hacer nada', 'no nos hacemos responsables'],
};

export const sarcasm = {
  markers: [
    '(?:(?:tomamos|tomo) nota|queda (?:anotado|apuntado)|anotado[.!]|apuntado[.!])', 'gracias por la (?:lección|clase|charla)',
    'las normas las ponemos nosotros', 'si tú lo dices', 'qué original', 'que te vaya bonito', 'hasta luego,? lucas', 'qué bien por ti', 'pues vale',
    '🙃', '💅', '🥱',
  ],
  // Not "cariño", "guapa", "reina": said warmly every day by Spanish shops.
  petNames: ['cari', 'guapi', 'listill[oa]', 'campe(?:ón|ona)', 'karen'],
};

export const engagementBait: string[] = [
  // "Por cada «me gusta» que reciba esta publicación donaremos…": the reach, then the gift a few words on.
  'por cada [«"“]?(?:rt|retuit|retweet|like|me gusta|compartido|vez que (?:compartas|compartáis|comentes|comentéis)|(?:nuevo )?seguidor|comentario|mención)[»"”]?(?: que(?: \\S+){1,5})?,? (?:donamos|donaremos|daremos|plantamos|plantaremos|aportamos|aportaremos|destinamos|destinaremos|entregaremos|regalaremos)',
  '(?:donamos|donaremos|daremos|aportamos|aportaremos|destinaremos|plantaremos) \\S+(?: \\S+)? por cada [«"“]?(?:rt|retuit|retweet|like|me gusta|compartido|seguidor|comentario|mención)',
  'cada [«"“]?(?:rt|retuit|like|me gusta|compartido)[»"”]? (?:es|son|=|equivale a) (?:un|una|\\d+)\\s?(?:€|euros?|céntimos?|comidas?|desayunos?|árbol(?:es)?|platos?|kilos?|litros?|vacunas?)',
  '(?:dale a )?(?:rt|like|me gusta|comparte)(?: este post)? y (?:donamos|donaremos|daremos|ayudamos)',
  'si llegamos a \\S+ (?:likes|me gusta|seguidores|rts|retuits),? (?:donamos|donaremos|daremos)',
];

export const harmfulJokes: string[] = [
  // "cuando no mire" solo junto a lo que se hace con la bebida de alguien.
  'échale algo en (?:la|el) (?:bebida|copa|café)(?: (?:a|de) tu \\w+)?(?:,? cuando no (?:mire|miren|esté mirando))?',
  'sin (?:su|tu) consentimiento', 'la última para el camino', 'mátate', 'muérete',
  // El consentimiento como broma ("no es no" es la campaña y queda limpio).
  'cuando (?:dice|dicen) (?:que )?no,? (?:quiere|quieren|significa) decir (?:que )?sí', 'un no es un sí', 'no significa sí', '(?:su|un) no (?:es|significa) (?:un )?quizás',
  'el consentimiento (?:está sobrevalorado|es opcional|es para)', '(?:se lo|lo) (?:estaba|iba) buscando', 'iba provocando', 'emborráchala', 'emborráchalo',
  '(?:copas?|chupitos?|tragos?|rondas?|vino|tequila|invítala a beber|llénale la copa)[^.!?\\n]{0,30}(?:hasta que (?:te )?(?:diga|dijo) (?:que )?sí|(?:(?:y|ya) )?(?:te )?dirá (?:que )?sí(?: a todo)?)',
  'a diferencia de (?:algunas|algunos|alguna gente|cierta gente|ciertas personas|tu (?:cita|ex|novia|novio|mujer|marido|hermana|suegra))[^.!?\\n]{0,40}(?:entra|baja|se traga|traga|es fácil|dice que sí|nunca dice que no)',
];

/** Amenazas: violencia en broma contra alguien (ver lexicons/en/tone.ts, `menace`). */
export const menace = {
  soft: [
    '(?:shh+|chis+t?)[.…,!]* (?:\\S+ ){0,3}?(?:cierra los ojos|no llores|no grites|no te resistas|duérmete)', 'no te resistas', 'no (?:te )?va a doler', 'no (?:vas a sentir|sentirás) nada',
    '(?:pronto|enseguida) (?:acabará|terminará|habrá acabado) todo', 'ya (?:casi )?(?:acaba|termina|pasa)', 'despídete', 'vamos a por ti',
    'te ha llegado la hora', 'no tienes (?:dónde|a dónde) (?:huir|esconderte)', 'corre mientras puedas', 'se lo (?:tenía|tiene) merecido', 'adiós,? adiós', 'despídete', 'dulces sueños', 'que descanses',
  ],
  hard: [
    'sabemos dónde vives', 'cuidado con lo que dices', 'tienes los días contados', 'reza lo que sepas', 'estás muert[oa]', 'eres (?:hombre|mujer) muert[oa]',
    'eres (?:el|la) siguiente', 'vas a morir', 'te vamos a (?:matar|apuñalar|enterrar|rajar|ahogar)', '(?:vamos|voy) a (?:matarte|apuñalarte|enterrarte|rajarte|ahogarte)',
    'dormirás con los peces',
  ],
};

export const menaceTargets: string[] = [
  '(?:pobre |pequeño |pequeña |querido |querida )?(?:corderit[oa]s?|corderos?|cerdit[oa]s?|cerdos?|lechones?|conejit[oa]s?|conejos?|pollit[oa]s?|pollos?|pavit[oa]s?|pavos?|vaquitas?|vacas?|terneros?|cabritos?|patit[oa]s?|patos?|bambi|langostas?|bogavantes?|cangrejos?|gallinas?|mascotas?)',
];
