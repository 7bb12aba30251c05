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
    'haberlo pensado antes',
    // Por cómo se siente, no por lo que falló.
    '(?:lo )?(?:siento|sentimos|lamento|lamentamos)(?: mucho)? que (?:te sientas|se sienta|os sintáis|te hayas sentido|se haya sentido|os hayáis sentido) (?:así|de (?:esa|esta) (?:manera|forma)|de ese modo)',
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

// Una disculpa por cómo se siente la persona y no por lo que falló ("lamentamos que no estés
// satisfecho con el producto"); ver lexicons/en/tone.ts, `nonApology`. "Sentimos que el pedido
// llegara frío" se disculpa por el fallo y no nombra ningún sentimiento.
const SENTIMOS =
  '(?:(?:lo )?(?:sentimos|siento|lamentamos|lamento)(?: mucho| muchísimo| de veras| de verdad)?|(?:nos|me) sabe mal|(?:te |le |os )?pedimos (?:disculpas|perdón))(?: de)? que';
const SIENTE =
  '(?:no )?(?:estés|esté|estéis|estén|te sientas|se sienta|os sintáis|se sientan|te hayas sentido|se haya sentido|os hayáis sentido|se hayan sentido|hayas quedado|haya quedado|hayáis quedado|te quedaras|se quedara|te sintieras|se sintiera|estuvieras|estuviera)';
export const nonApology: string[] = [
  `${SENTIMOS} ${SIENTE} (?:(?:del todo|muy|tan|nada|completamente|totalmente|un poco) )?(?:(?:satisfech|content|molest|decepcionad|disgustad|enfadad|ofendid|insatisfech|frustrad|dolid|contrariad)[oa]s?|conformes?)`,
  `${SENTIMOS} no (?:te|le|os|les) (?:(?:haya|hayan) gustado|gustara|gustaran|gustase|guste|gusten)`,
  `${SENTIMOS} (?:el|la|los|las|nuestr[oa]s?) (?:\\p{L}+ ){1,2}?no (?:haya|hayan|cumpliera|cumpla|estuviera) (?:cumplido |estado )?(?:a la altura de |con )?(?:tus|sus|vuestras) expectativas`,
];
/** Una disculpa con condición ("pedimos disculpas si alguien se ha sentido ofendido"). */
export const conditionalApology: string[] = [
  '(?:disculpas|perdón|lo sentimos|lo siento|sentimos|lamentamos|lamento) si (?:alguien|usted|te|le|os) (?:se |te |os )?(?:ha |has |habéis |han )?(?:sentido |podido sentir )?(?:ofendid|molest|dolid)[oa]s?',
  '(?:disculpas|perdón|lo sentimos|lo siento|sentimos|lamentamos|lamento) si (?:a alguien |a usted )?(?:te|le|os|les) (?:ha |han )?(?:ofendido|molestado|sentado mal)',
  '(?:disculpas|perdón|lo sentimos|lo siento|sentimos|lamentamos|lamento) si (?:hemos|he|nuestr[oa] \\p{L}+ ha) (?:ofendido|molestado|herido) a (?:alguien|alguno|usted|ti|vosotros)',
  '(?:lo )?(?:siento|sentimos|lamento|lamentamos) si (?:te sientes|se siente|os sentís|te has sentido|se ha sentido) (?:así|de (?:esa|esta) (?:manera|forma))',
];
/** Reconocer el fallo: a su lado, la disculpa por cómo se siente la persona es sincera. */
export const ownedFault: string[] = [
  '(?:es|fue|ha sido) (?:culpa|error|fallo) (?:nuestr[oa]|mí[oa])', '(?:es|fue|ha sido) (?:nuestra|mi) culpa', '(?:nos|me) (?:hemos |he )?equivoca(?:mos|do|d[oa]s)',
  '(?:la|lo) (?:hemos|he) (?:fastidiado|liado)', 'tienes (?:toda la )?razón', 'tiene usted (?:toda la )?razón', 'no (?:estuvimos|hemos estado) a la altura',
];
/** Una oferta justo tras la negativa la deshace: "no podemos hacer nada con el tiempo, pero te cambiamos el vuelo". */
export const offerAfterRefusal: string[] = [
  '(?:pero|sin embargo|eso sí|aunque|lo que sí)[,]? (?:te |le |os |les )?(?:podemos|podríamos|ofrecemos|damos|vamos a|haremos|proponemos|cambiamos|devolvemos|enviamos|mandamos|regalamos)',
];
/** Una negativa o una justificación que culpa a la persona (ver lexicons/en/tone.ts, `refusal`). */
export const refusal: string[] = [
  'no (?:vamos a|podemos|pensamos|podremos|tenemos (?:pensado|previsto|intención de)|está previsto|se va a|se puede) (?:hacer|ofrecer(?:te|le|os)?|dar(?:te|le|os)?|tramitar|aceptar|cambiar|devolver(?:te|le|os)?|reembolsar(?:te|le|os)?|reponer) (?:nada|ningún|ninguna|(?:el|un|la|una|los) (?:reembolso|devolución|cambio|compensación|importe|dinero)|reembolsos|devoluciones|cambios|compensaciones)',
  'no hay nada (?:más )?que (?:podamos|se pueda|pudiéramos) hacer', 'no podemos hacer (?:nada|más)',
  'no (?:hacemos|aceptamos|admitimos|realizamos|damos|ofrecemos) (?:devoluciones|reembolsos|cambios|compensaciones)', 'la decisión es (?:firme|definitiva|final)',
  'como (?:se )?(?:indica|indicaba|especifica|especificaba|dice|decía|pone|ponía|explica|explicaba|detalla|detallaba) (?:claramente |bien )?en (?:la|el|las|los|nuestra|nuestro|nuestras|nuestros) (?:condiciones|descripción|ficha|web|página|anuncio|política|términos|letra pequeña|reserva|confirmación)',
  '(?:estaba|venía|aparecía) (?:claramente |bien )?(?:indicado|especificado|explicado|detallado|escrito|avisado) en', 'aceptaste (?:las|nuestras) condiciones',
];

// Culpar con un contrafactual: lo que sabría si hubiera leído lo que la marca publicó ("Si hubieras
// leído la póliza, sabrías que…"); ver lexicons/en/tone.ts. Las dos mitades en cada entrada: "si
// hubieras reservado antes, te habrías ahorrado 20 €" es una oferta, no un reproche.
const LEER = '(?:leído|mirado|revisado|comprobado|consultado|visto|fijado en|prestado atención a|hecho caso (?:a|de)|seguido)';
const PUBLICADO =
  '(?:condiciones|póliza|contrato|letra pequeña|normas|reglas|instrucciones|manual|web|página|correo|email|e-mail|mail|confirmación|reserva|billete|entrada|factura|ticket|tique|recibo|extracto|etiqueta|descripción|ficha|anuncio|publicación|post|tuit|mensaje|faq|preguntas frecuentes|política|aviso|cartel|carta|menú|bases|app|aplicación|notificación|pedido|prospecto|folleto|guía)';
const SI_HUBIERAS = '(?:si (?:usted |tú )?(?:te |se |os )?(?:hubieras|hubieses|hubiera|hubiese|hubierais|hubieseis|hubieran|hubiesen)|de haber(?:te|se|os)?)';
const SABRIAS =
  '(?:ya )?(?:lo )?(?:sabrías|sabría|sabríais|sabrían)|(?:te|se|os) (?:habrías|habría|habríais|hubieras|hubiera) (?:dado cuenta|enterado)|(?:habrías|habría|habríais|hubieras|hubiera) (?:visto|sabido|leído|comprobado)|no (?:tendrías|tendría|estarías|estaría|te habría pasado|le habría pasado)';
export const counterfactualBlame: string[] = [
  `${SI_HUBIERAS} (?:(?:bien|antes|al menos|siquiera|simplemente|solo|sólo|tan solo|con calma) ){0,2}${LEER} (?:\\S+ ){0,3}?${PUBLICADO}[^.!?\\n]{0,80}?,? (?:${SABRIAS})`,
  `(?:ya lo sabrías|lo sabrías|sabrías que)[^.!?\\n]{0,40}? si (?:te |se )?(?:hubieras|hubieses|hubiera|hubiese|hubierais) (?:\\p{L}+ )?${LEER} (?:\\S+ ){0,3}?${PUBLICADO}`,
  `${SI_HUBIERAS} (?:tan solo |al menos |siquiera )?molestado en (?:leer|mirar|revisar|comprobar|consultar|preguntar)`,
];

// Decirle a alguien lo que debería haber hecho, con cualquier verbo ("si hubieras mirado la fecha de
// caducidad no estaríamos teniendo esta conversación", "tendrías que haberlo embalado mejor"); ver
// lexicons/en/tone.ts, `hindsightBlame`. La condición necesita el reproche (el problema, lo que
// sabría): "si hubieras reservado antes, te habrías ahorrado 20 €" es una oferta, y "deberías haber
// recibido un correo" o "deberías haber probado la tarta" no culpan a nadie.
const PARTICIPIO = '(?:\\p{L}+(?:ad|id|íd)[oa]s?|visto|puesto|escrito|abierto|devuelto|vuelto|hecho|dicho|roto|cubierto|resuelto)(?!\\p{L})';
const SI_HUBIERAS_CUALQUIERA =
  '(?:si (?:usted |tú |vosotros |vosotras )?(?:(?:me|te|se|nos|os|le|les|lo|la|los|las) ){0,2}(?:hubieras|hubieses|hubiera|hubiese|hubierais|hubieseis|hubieran|hubiesen)|de haber(?:te|se|os|lo|la|los|las)?) (?:(?:bien|antes|al menos|siquiera|simplemente|solo|sólo|tan solo|primero|con calma|un poco) ){0,2}';
const CULPA =
  '(?:(?:ya )?(?:lo )?(?:sabrías|sabría|sabríais|sabrían)|(?:te|se|os) (?:habrías|habría|habríais|hubieras|hubiera|hubierais) (?:dado cuenta|enterado|(?:ahorrado|evitado) (?:(?:el|este|ese|todo (?:el|este|ese)) (?:disgusto|problema|lío|mal rato|susto|jaleo)|problemas|disgustos|la molestia))|no (?:estaríamos|estaríais) (?:teniendo|hablando|discutiendo)|no (?:estarías|estaría|estaríais) (?:así|en (?:esta|esa) situación|en este lío|pasando por (?:esto|eso)|reclamando|quejándote|preguntando)|no (?:tendrías|tendría|tendríais) (?:este|ese|ningún|el mismo) (?:problema|lío|disgusto)|no (?:te|le|os) (?:habría|hubiera) (?:pasado|ocurrido|sucedido)|(?:esto|eso|nada de esto|nada de eso) no (?:habría|hubiera) (?:pasado|ocurrido|sucedido)|(?:esto|eso) se (?:habría|hubiera) (?:podido evitar|evitado))';
// Lo que le pasa a la persona o lo que se perdió: nunca un reproche tras "deberías haber".
const NO_CULPA = '(?!(?:recibido|tenido|sido|estado|visto|oído|probado|venido|llegado|disfrutado|ganado|ahorrado|notado)(?!\\p{L}))';
export const hindsightBlame: string[] = [
  `${SI_HUBIERAS_CUALQUIERA}${PARTICIPIO}[^.!?\\n]{0,100}?,? ${CULPA}`,
  `${CULPA}[^.!?\\n]{0,60}? ${SI_HUBIERAS_CUALQUIERA}${PARTICIPIO}`,
  // No "deberías habernos avisado, ¡te habríamos guardado mesa!" ni "deberías haber pedido también el flan".
  `(?:deberías|debería|deberíais|tendrías que|tendría que|tendríais que) haber(?:lo|la|los|las|te|se|os|nos|le|les|me)? (?:(?:bien|antes|primero|al menos|simplemente) ){0,2}${NO_CULPA}${PARTICIPIO}(?![^.!?\\n]*(?:también|(?:te|os|le|les) (?:lo |la |los |las )?(?:habríamos|hubiéramos)))`,
  // Un sermón de paso: "las etiquetas están para leerlas", "para algo están las condiciones".
  `(?:las|los|la|el|nuestras|nuestros|nuestra|nuestro) ${PUBLICADO}(?:s|es)? (?:están|está|existen|existe) (?:para (?:leerl[oa]s?|algo|eso|ser leíd[oa]s?)|por algo)`,
  `para (?:eso|algo) (?:están|está|existen|existe|sirven|sirve) (?:las|los|la|el|nuestras|nuestros|nuestra|nuestro) ${PUBLICADO}`,
];

// Sermonear a la gente por su propio dinero: su apuro ("¿por qué tengo tan poco saldo?") y, en el
// mismo texto, el hábito al que se culpa ("hazte el café en casa"). Cada uno solo es de cada día.
export const moneyTrouble: string[] = [
  '¿?por qué (?:tengo|tienes|me queda|te queda|tenemos) (?:tan poco|tan poquito) (?:saldo|dinero)',
  '¿?por qué (?:mi|tu) (?:saldo|cuenta) (?:está|es|sigue) (?:siempre |tan )?(?:bajo|baja|vacía|vacío|en números rojos|a cero|tiritando|temblando)',
  '¿?por qué (?:siempre )?(?:estoy|estás|estamos) (?:siempre )?(?:sin (?:blanca|un duro|un euro|dinero|pasta)|a dos velas|ties[oa]|en números rojos)',
  '(?:y luego |y después )?te preguntas (?:por qué|dónde (?:se va|va|está|acaba) tu (?:dinero|sueldo|nómina))',
  '(?:así|por eso|normal que|no me extraña que) (?:no (?:tengas|tienes) (?:ahorros|dinero|un duro)|(?:estés|estás) (?:siempre )?(?:sin (?:blanca|un duro|dinero)|a dos velas|en números rojos|ties[oa]))',
  '(?:dónde|a dónde|adónde) (?:se va|va|se fue|ha ido|se ha ido) (?:todo )?(?:mi|tu) (?:dinero|sueldo|nómina)',
  'no (?:me|te) llega (?:el sueldo|la nómina|a fin de mes)',
];
const CAPRICHOS =
  '(?:comida a domicilio|comida para llevar|glovo|just eat|uber ?eats|cafés?(?: para llevar| del starbucks)?|cañas|taxis?|cabify|ubers?|tostadas? (?:de|con) aguacate|ropa|caprichos|brunch(?:es)?|delivery)';
export const habitLecture: string[] = [
  '(?:hazte|haz|hacerte|prepárate|prepara|tómate) (?:el |tu )?café en casa',
  `(?:deja|dejad|dejar) de (?:pedir|comprar|gastar(?: dinero)? en|pagar) (?:\\p{L}+ ){0,2}?${CAPRICHOS}`,
  `(?:sáltate|saltarte|olvídate de|renuncia a|prescinde de|menos) (?:el |los |las |la |tu |tus )?${CAPRICHOS}`,
  '(?:cómete|come|comeos|comerte) lo que (?:ya )?(?:tienes|hay|tenéis) en (?:la|tu) nevera',
  'no necesitas (?:un|coger un|pedir un|otro|otra) (?:taxi|uber|cabify|café|móvil nuevo|bolso)',
];

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

// El "no" borrado del vocabulario para una noche de copas (ver lexicons/en/tone.ts).
const COMILLA = '["“”\'«»]?';
const SIN_NO = `(?:(?:elimina|eliminad|eliminar|borra|borrad|borrar|quita|quitad|quitar|olvídate de|olvidaos de|olvidar|destierra|desterrar|saca|sacad) (?:el |la palabra )?${COMILLA}no${COMILLA} de (?:tu|vuestro|su|nuestro) (?:vocabulario|diccionario)|(?:deja|dejad|dejar) (?:el |tu |vuestro )?${COMILLA}no${COMILLA} en (?:casa|la puerta)|(?:el|un) ${COMILLA}no${COMILLA} no (?:existe|es una opción|vale|cuenta))`;
const COPAS = '(?:cervezas?|cañas?|birras?|copas?|chupitos?|tragos?|cócteles?|cocteles?|cubatas?|vino|tequila|ron|vodka|ginebra|gin-?tonics?|rondas?|alcohol|botellas?|mojitos?|sangría)';

export const harmfulJokes: string[] = [
  `${COPAS}[^.!?\\n]{0,60}?${SIN_NO}`,
  `${SIN_NO}[^.!?\\n]{0,40}?(?<![\\p{L}\\p{N}_])${COPAS}`,
  `(?:ya )?no (?:te|le|os) (?:dirá|va a decir|podrá decir|dirán|van a decir) que no (?:después de|tras|con|cuando lleve) (?:\\p{L}+ ){0,3}?${COPAS}`,
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

// Desprecio por la gente desde una cuenta (ver lexicons/en/tone.ts, `contempt`): "qué panda de
// ignorantes", "estos mentirosos", "lamentable el argumentario de tuiteros podemitas".
/** Desprecio que no nombra otra cosa; no los insultos que lee la regla offensive (idiotas, imbéciles),
 * ni "catetos" (geometría), "paletas", "manipuladores (de alimentos)" o "indocumentados". */
const DESPRECIO =
  '(?:ignorantes|paletos|garrulos|ineptos|ineptas|inútiles|incompetentes|mediocres|analfabetos|analfabetas|mentirosos|mentirosas|hipócritas|cobardes|fracasados|fracasadas|charlatanes|vendehúmos|cantamañanas|impresentables|iletrados|descerebrados|descerebradas|tergiversadores|lerdos|lerdas|necios|necias|zopencos|majaderos|botarates|mindundis|pringados|pringadas|niñatos|niñatas|ofendiditos|ofendiditas)';
// Delante del nombre, solo lo que lo refuerza: "estos trastos inútiles" habla de trastos.
const REFUERZO = '(?:(?:auténtic|verdader|dichos|maldit|grandísim)[oa]s |pobres )?';
/** Desprecio que también es literal (los payasos de una fiesta, los borregos de una granja). */
const FIGURADO = '(?:payasos|borregos|ovejas|monos|animales|dinosaurios|críos|fanáticos|lunáticos)';
const GRUPO = '(?:estos|esos|aquellos|estas|esas|aquellas|semejantes|(?:una|esta|esa|menuda|vaya|qué) (?:panda|pandilla|banda|manada|caterva|sarta|tropa|horda|cuadrilla) de|(?:panda|pandilla|caterva|sarta|hatajo|atajo|recua|horda) de)';
const MONTON = '(?:(?:una|esta|esa|menuda|vaya|qué) (?:panda|pandilla|banda|manada|caterva|sarta|tropa|horda|cuadrilla) de|(?:panda|pandilla|caterva|sarta|hatajo|atajo|recua|horda) de|sois (?:unos|unas))';
const ETIQUETA =
  '(?:tuiteros|twitteros|tuitstars|votantes|seguidores|aficionados|hinchas|fans|críticos|comentaristas|opinadores|tertulianos|manifestantes|activistas|podemitas|pablemitas|progres|fachas|peperos|sociatas|perroflautas|feminazis|indepes|separatas|separatistas|izquierdistas|derechones|fachosos|boomers|millennials|veganos|influencers|haters|ofendiditos|sanchistas|trumpistas|chavistas|mileístas|trolls)';
const MOFA =
  '(?:patétic[oa]s?|mediocres?|ignorantes?|descerebrad[oa]s?|borreg[oa]s?|fanatizad[oa]s?|iletrad[oa]s?|analfabet[oa]s?|incult[oa]s?|ridícul[oa]s?|penos[oa]s?|lamentables?|deplorables?|insufribles?|obtus[oa]s?|cortit[oa]s?|lerd[oa]s?|neci[oa]s?|irracional(?:es)?|cerril(?:es)?|cazurr[oa]s?|majader[oa]s?|ilus[oa]s?|acomplejad[oa]s?|resentid[oa]s?|lloron(?:a|es|as)?|llorón)';
/** La mofa que nunca describe: no "votantes irracionales" (un estudio) ni "lectores incultos". */
const MOFA_PURA =
  '(?:patétic[oa]s|mediocres|descerebrad[oa]s|borreg[oa]s|fanatizad[oa]s|ridícul[oa]s|penos[oa]s|lamentables|deplorables|insufribles|obtus[oa]s|cortit[oa]s|lerd[oa]s|neci[oa]s|cerriles|cazurr[oa]s|majader[oa]s|acomplejad[oa]s|resentid[oa]s|llorones|lloronas)';
const CHARLA = '(?:argumentario|argumentos?|discurso|razonamiento|lógica|nivel|comentarios|tuits|opiniones|excusas|lloriqueos?|berrinches?|pataletas?|rabietas?)';
export const contempt = {
  group: [
    // No "estos ignorantes de la historia: ven al museo" (lo que no saben).
    `${GRUPO} ${REFUERZO}${DESPRECIO}(?! (?:de|del|en|sobre) )`,
    // "¡Qué cobardes!" solo, no "qué inútiles son estos paraguas" ni "qué mediocres los precios".
    `(?:qué|vaya|menud[oa]s) ${DESPRECIO}(?!\\s+\\p{L})`,
    `${MONTON} ${REFUERZO}${FIGURADO}`,
    '(?:qué|menuda|vaya) gente más (?:\\p{L}+ )?(?:ignorante|mediocre|lamentable|patética|cateta|paleta|ridícula|cerril|obtusa|inculta|necia)', '(?:esta|esa|qué|menuda|vaya|semejante) (?:chusma|gentuza|escoria|purria|tropa)',
    // Una carga: no "¿te imaginas trabajar con este equipo? ¡Contratamos!".
    '(?:te |os )?imagin(?:as|áis|a) (?:tener que (?:trabajar|tratar|lidiar|convivir|hablar|discutir)|lidiar|aguantar|soportar|discutir) con (?:estos|esos|semejantes|gente así|esta gente|esa gente)',
  ],
  labelled: [
    // Con énfasis: "los podemitas son unos ignorantes", no "los votantes son irracionales, según un
    // estudio" ni "los aficionados son muy ignorantes de las normas".
    `${ETIQUETA} (?:\\p{L}+ )?(?:son|sois|eran|parecen|siguen siendo) (?:(?:tan|muy|unos|unas|bien|absolutamente|totalmente|completamente|un poco|bastante|de lo más) ){1,2}${MOFA}(?! (?:de|sobre|en cuanto|respecto|con))`,
    // "Tuiteros podemitas descerebrados": la etiqueta y la mofa juntas, sin nada en medio (no "fans of mediocre coffee").
    `${ETIQUETA}(?: ${ETIQUETA})? (?:tan |más |muy )?${MOFA_PURA}(?! (?:de|sobre|en cuanto|respecto|con))`,
    `(?:(?:qué|muy|tan|absolutamente|realmente) )?(?:lamentable|patétic[oa]|penos[oa]|ridícul[oa]|bochornos[oa]|deplorable|de risa|mediocre)[,:!]? (?:el|la|los|las|lo) (?:\\p{L}+ )?${CHARLA} (?:de|del) (?:(?:los|las|estos|esos|algunos|ciertos|tant[oa]s) )?(?:\\p{L}+ )?${ETIQUETA}`,
  ],
  label: [ETIQUETA],
  sneer: MOFA,
  fondness: ['(?:os|te|les) (?:queremos|quiero|adoramos)', 'orgullos[oa]s?', 'cracks', 'máquinas'],
};
