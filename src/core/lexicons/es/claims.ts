// Afirmaciones que habría que demostrar (ver lexicons/en/claims.ts).

export const healthVerbs: string[] = [
  'curan?', 'previenen?', 'acaban? con', 'alivian?', 'te quita(?:n)? (?:la|el|las|los)', 'protegen? (?:contra|frente a|de)', 'combate', 'refuerzan?', 'fortalecen?',
  'aumentan? (?:las|tus)', 'eliminan? el \\d+', 'clínicamente probado', 'científicamente probado',
  'milagros[oa]', 'anticáncer', 'antiviral',
];
export const healthTerms: string[] = [
  'covid(?:-19)?', 'coronavirus', 'virus', 'cáncer', 'diabetes', 'gripe', 'resfriados?', 'ansiedad', 'depresión',
  'enfermedad(?:es)?', 'infecci(?:ón|ones)', 'sistema (?:inmunológico|inmune)', 'defensas', 'inflamación',
  'colesterol', 'tensión arterial', 'gérmenes', 'bacterias', 'migrañas?', 'insomnio', 'obesidad', 'náuseas',
  'artrosis', 'artritis', 'dolor(?:es)? (?:de|en) (?:la |las |los )?(?:espalda|rodillas?|cuello|articulaciones|cadera|hombros?|lumbares?|cervicales)',
  'dolor(?:es)? (?:articular(?:es)?|musculares?|muscular|crónicos?|lumbar(?:es)?|cervical(?:es)?|de espalda)', 'lumbalgia', 'ciática', 'fibromialgia',
  'v[aá]rices', 'arañas vasculares', 'psoriasis', 'eccemas?', 'dermatitis', 'rosácea', 'asma', 'hemorroides', 'almorranas', 'acúfenos', 'tinnitus',
  'caída del (?:pelo|cabello)', 'alopecia', 'calvicie', 'disfunción eréctil', 'impotencia', 'incontinencia', 'hipertensión', 'herpes', 'tumor(?:es)?',
  'celulitis', 'acné', 'hernias?(?: discal(?:es)?)?', 'juanetes', 'cistitis', 'reflujo', 'neuropatía', 'gota', 'osteoporosis',
];
// Cada entrada acaba en palabra: una entrada no puede acabar en espacio.
const art = '(?: (?:la|las|los|el|tu|tus))?';
export const farewells: string[] = [
  `(?:di |dile |decid |diles )?adi[oó]s,?(?: (?:a${art}|al))`, `(?:despídete|despedíos|olvídate|olvidaos|libérate|libraos) (?:de${art}|del)`,
  `nunca más${art}`, `se acab(?:ó|aron)${art}`, `(?:pon |poner )?fin (?:a${art}|al)`, `elimin(?:a|an|amos|ar)${art}`, `vive sin${art}`,
];
export const afterFarewell: string[] = ['y', 'o', 'e', 'con', 'en', 'para', 'sin', 'hoy', 'ya', 'de forma', 'de manera', 'gracias', 'al fin', 'por fin', 'desde'];
export const healthPromises: string[] = [
  'sin (?:pasar por (?:el )?quirófano|cirugía|operaci(?:ón|ones)|operar(?:te|se)?|bisturí)',
  'en (?:solo |sólo |tan solo |apenas )?(?:\\d+|una|dos|tres|cuatro|cinco|seis) (?:sesi(?:ón|ones)|tratamientos?|aplicaci(?:ón|ones)|visitas?)',
  'desde la primera (?:sesión|aplicación|visita)', 'resultados permanentes',
];
export const hopes: string[] = ['encontrar (?:una|la) cura', 'más cerca de (?:una|la) cura', 'investigación', 'don(?:a|ad|ación|aciones|ativos?)', 'benéfic[oa]', 'concienciación', 'un mundo', 'el día (?:en )?que', 'futuro', 'juntos'];
export const guarantees: string[] = [
  'sin (?:ningún |ninguna )?riesgo (?:para|de) (?:el|tu|su) bebé', '(?:totalmente|completamente|100\\s?%) segur[oa]s? (?:durante|en) el embarazo',
  '100\\s?% (?:segur[oa]s?|garantizad[oa]s?|eficaz|eficaces|fiables?)', 'cero retrasos', 'riesgo cero',
  'sin ningún riesgo', 'totalmente segur[oa]', 'completamente segur[oa]', 'nunca (?:se retrasa|llega tarde)',
  'siempre puntuales', 'resultados garantizados', 'sin efectos secundarios',
  '(?:rentabilidad(?:es)?|beneficios|ganancias|rendimientos?|ingresos|intereses) garantizad[oa]s?',
  '(?:duplica|triplica|multiplica|duplicar|triplicar|multiplicar) (?:tu|su|vuestro|el) (?:dinero|inversión|capital|ahorros?)',
  '(?:rentabilidad(?:es)?|beneficios|ganancias|rendimientos?|intereses) (?:de(?:l)? )?\\d+(?:[.,]\\d+)?\\s?% (?:mensual(?:es)?|semanal(?:es)?|diari[oa]s?|al mes|a la semana|al día)',
  '\\d+(?:[.,]\\d+)?\\s?% (?:mensual|semanal|diario|al mes|a la semana|al día) (?:de rentabilidad|garantizado)', 'no puedes perder',
];
export const speculation: string[] = [
  'cripto(?:s|monedas?|activos?)?', 'criptomonedas?', 'bitcoin', 'ethereum', 'altcoins?', 'memecoins?', 'nfts?', 'ico', 'staking', 'airdrop',
  '(?:preventa|venta|lanzamiento) (?:de(?:l)? )?(?:tokens?|token|moneda)', '(?:nuestro|el|este|nuevo|mi) token', 'tokens', 'forex', 'señales de trading',
];
export const investing: string[] = ['invers(?:ión|iones|ores?|oras?)', 'invertir', 'invierte', 'invertid', 'cartera de inversión'];
export const hype: string[] = [
  'hasta la luna', 'próximo bitcoin', 'entra (?:ya|ahora|antes)', 'entrad (?:ya|ahora)', 'los primeros inversores',
  '(?:\\d+x|x\\d+) en (?:un|una|\\d+) (?:días?|semanas?|mes(?:es)?|años?)', 'multiplica(?:r)? (?:x\\d+|por \\d+)',
  'ganancias (?:enormes|brutales|increíbles|locas)', 'antes de que (?:suba|suban|explote|despegue|se dispare)', 'no es consejo financiero',
];
export const pushes: string[] = [
  'consigue (?:el|la|los|las) tuy[oa]s?', 'pilla (?:el|la|los|las) tuy[oa]s?', 'antes de que se agoten', 'antes de que sea tarde',
  'no te lo pierdas', 'última oportunidad', 'compra (?:ya|ahora|hoy)', 'invierte (?:ya|ahora|hoy)', 'plazas limitadas', 'quedan pocos', 'únete a la preventa',
];
export const softGuarantees: string[] = ['garantizad[oa]s?', 'te garantizamos', 'garantizamos'];
export const superlatives: string[] = [
  '(?:el|la|los|las) mejor(?:es)? (?:\\p{L}+ ){1,3}del mundo', '(?:el|la) (?:\\p{L}+ ){1,2}más \\p{L}+ del (?:mundo|planeta)',
  'lo mejor del mundo', '(?:el|la) mejor \\p{L}+ de la historia', 'insuperables?', 'nadie lo hace mejor',
  'número uno del mundo',
];
export const financial: string[] = [
  'seremos rentables', 'beneficios récord (?:el )?próximo', 'fusión con', 'fusiones', 'negociaciones para (?:comprar|adquirir)',
  'conversaciones para (?:comprar|adquirir|fusionarnos)', 'opa', 'salida a bolsa', 'salimos a bolsa',
  'nuestras acciones (?:subirán|se dispararán)',
  // Sacar una cotizada de bolsa, operaciones que se estudian o se acuerdan, previsiones que cambian.
  'excluir (?:a \\p{L}+ |la compañía |la empresa )?de (?:la )?bolsa', 'exclusión de (?:la )?bolsa', 'sacar a \\p{L}+ de (?:la )?bolsa',
  'sacar(?:la|nos) de (?:la )?bolsa', 'opa de exclusión',
  '(?:estudiamos|estudiando|estudia|valoramos|valorando|valora|barajamos|barajando|baraja|consideramos|considerando) (?:una |la )?(?:fusión|opa|salida a bolsa|venta de la (?:compañía|empresa)|exclusión de bolsa)',
  '(?:hemos acordado|ha acordado|acuerda|acordamos) (?:adquirir|comprar|la compra de|la adquisición de|la fusión con|fusionarnos|vender la (?:compañía|empresa))',
  'acuerdo para (?:adquirir|comprar|fusionarnos|la fusión|la venta de la (?:compañía|empresa))',
  'las acciones (?:subirán|se dispararán|se duplicarán|van a subir)',
  '(?:superaremos|batiremos|vamos a superar|vamos a batir|no cumpliremos|no alcanzaremos) (?:nuestras |las )?(?:previsiones|estimaciones|expectativas (?:del mercado|de los analistas)|objetivos (?:trimestrales|anuales))',
  '(?:ventas|ingresos|facturación|beneficios?|suscriptores|usuarios(?: activos)?|reservas|pedidos|horas de visionado|visualizaciones) (?:\\p{L}+ ){0,2}(?:mensuales|trimestrales|del trimestre|de este trimestre|del (?:primer|segundo|tercer|cuarto) trimestre|del semestre|en lo que va de año) (?:ya )?(?:han |ha )?(?:superado|superan|supera|superaron|alcanzado|alcanzan|alcanzaron|crecido|crecieron|subido|suben|subieron|batido) (?:\\p{L}+ )?(?:los |las |el |un |una )?\\d+(?:[.,]\\d+)?\\s?(?:%|mil millones|millones|m)',
  '(?:deberíamos|tendríamos que|creo que deberíamos|sigo pensando que deberíamos) (?:adquirir|absorber|fusionarnos|lanzar una opa)',
  '(?:elevamos|subimos|mejoramos|rebajamos|bajamos|recortamos|eleva|rebaja|recorta) (?:nuestras |sus |las )?previsiones (?:de (?:beneficio|ventas|ingresos|resultados))?',
];
export const denials: string[] = [
  'si eso fuera (?:verdad|cierto)', 'eso es (?:mentira|falso)', 'es (?:totalmente |completamente )?falso', 'es un bulo',
  'eso nunca ha pasado', 'nadie trabajaría (?:aquí|con nosotros|para nosotros)',
];
export const sourceMarks: string[] = ['según', 'fuente:', 'fuentes:', 'informe', 'estudio', 'los estudios (?:demuestran|muestran|indican)', 'encuesta', 'datos de', 'auditado', 'certificado por'];

// Salud de productos que las listas de arriba no nombran (ver lexicons/en/claims.ts).
export const bodyVerbs: string[] = [
  'equilibra(?:n|r)?', 'reequilibra(?:n|r)?', 'regula(?:n|r)?', 'normaliza(?:n|r)?', 'reduce(?:n)?', 'reducir', 'baja(?:n|r)?',
  'depura(?:n|r)?', 'desintoxica(?:n|r)?', 'limpia(?:n|r)?', 'purifica(?:n|r)?', 'mata(?:n|r)?', 'destruye(?:n)?', 'destruir', 'neutraliza(?:n|r)?',
  'prevenir', 'curar', 'combatir', 'fortalecer', 'reforzar', 'aliviar', 'calma(?:n|r)?', 'suaviza(?:n|r)?',
];
export const raiseVerbs: string[] = ['restablece(?:n|r)?', 'mejora(?:n|r)?', 'aumenta(?:n|r)?', 'estimula(?:n|r)?', 'activa(?:n|r)?', 'acelera(?:n|r)?'];
export const bodyFunctions: string[] = [
  'hormonas', '(?:equilibrio|desequilibrios?|niveles?) hormonal(?:es)?', 'ciclos? menstrual(?:es)?', 'menstruación', 'dolores? menstrual(?:es)?',
  'síndrome premenstrual', 'menopausia', 'prolapso(?: uterino)?', 'control de la vejiga', 'fertilidad', 'l[ií]bido', 'testosterona', 'estrógenos',
  'metabolismo', 'azúcar en (?:la )?sangre', 'glucosa', 'circulación (?:sanguínea|de la sangre|de las piernas)', 'insulina', 'digestión', 'tránsito intestinal',
  '(?:flora|microbiota) intestinal', 'hinchazón abdominal', 'hígado', 'riñones', 'colon', 'toxinas', 'glóbulos blancos', 'cortisol',
];
export const pathogens: string[] = ['ébola', 'sarampión', 'patógenos', 'microbios', 'parásitos', 'hongos', 'cándida', 'salmonela'];
export const survivals: string[] = [
  'no (?:pueden|puede|podrán|podrá|consiguen|consigue|logran|logra|son capaces de|es capaz de) (?:vivir|sobrevivir|resistir|multiplicarse|reproducirse|proliferar)(?: mucho tiempo)? (?:en presencia de|en contacto con|al contacto con|junto a)',
];
export const vaccines: string[] = ['vacun(?:a|as|ación|aciones|arse|arte|ad[oa]s?)', 'inmunización'];
export const attributions: string[] = [
  '(?:dice|afirma|señala|concluye) (?:un|una|el|la) (?:nuevo |nueva |reciente )?(?:estudio|investigación|informe|ensayo|revisión)',
  '(?:un|el|este) (?:nuevo |reciente )?estudio (?:de|del|publicado|demuestra|muestra|indica|sugiere|concluye)', 'publicado en',
  '(?:nueva|reciente) investigación', '(?:los )?investigadores (?:de|del|han|afirman|dicen)', '(?:los )?científicos (?:de|del|han|afirman|dicen)',
];
export const sales: string[] = [
  'cómpra(?:lo|la|los|las)', 'compra (?:ya|ahora|hoy|online|en)', 'pídel[oa]s?', 'pide (?:el tuyo|la tuya|ya|ahora|hoy)', 'encárga(?:lo|la)', 'encargos',
  'escríbeme', 'a la venta', 'disponibles? (?:en|ya|desde)', 'en (?:nuestra|la) tienda', 'envío gratis', '\\d+\\s?% de descuento', 'descuento',
  'código (?:de descuento|promocional)', 'enlace en (?:la )?bio', '\\d+(?:[.,]\\d{2})?\\s?(?:€|euros)',
];
export const weightPromises: string[] = [
  'no (?:te )?engorda(?:n)?', 'no (?:te )?(?:hace|hacen|hará|harán) engordar', 'sin engordar', 'no (?:vas a|vais a) engordar', 'no engordarás',
  'te ayuda(?:rá)? a (?:adelgazar|perder peso|quemar grasa)',
  '(?:derrite|derriten) (?:la )?grasa(?:s)?(?: (?:abdominal|corporal|localizada))?', '(?:tés?|infusi(?:ón|ones)|pastillas|cápsulas|suplementos?|batidos?) quemagrasas?',
];
export const weightLosses: string[] = [
  '(?:pierde|perder|adelgaza|adelgazar|baja|bajar) (?:hasta )?\\d+(?:[.,]\\d+)? ?(?:kg|kilos) en (?:solo |sólo )?(?:\\d+|un|una|dos|tres|cuatro) (?:días|semanas?|mes(?:es)?)',
];
/** Dichos, no promesas: se leen antes, para que la promesa que llevan dentro no cuente. */
export const weightSayings: string[] = ['(?:soñar|reír|reírse|mirar|imaginar|pensar|leer|querer|besar) no engorda'];
export const allergenPromises: string[] = [
  'apt[oa]s? para (?:celíacos|celiacos|personas celíacas|personas con celiaquía|alérgicos|intolerantes al gluten|todos los alérgicos)',
  'segur[oa]s? para (?:celíacos|celiacos|alérgicos|personas con alergias?)', '(?:100\\s?%|totalmente|completamente) (?:sin gluten|libre de gluten|sin alérgenos|sin lactosa)',
  'libres? de alérgenos', 'sin (?:ningún )?riesgo de contaminación cruzada', 'sin trazas',
];
export const allergenCertifications: string[] = [
  'certificad[oa]s?', 'certificación', 'face', 'espiga barrada', 'acreditad[oa]', 'puede contener', 'trazas de', 'no podemos garantizar', 'pregúntanos', 'consulta (?:a )?nuestro personal',
];
export const boardMeetings: string[] = [
  'reuni(?:ón|ones) (?:del|de) consejo(?: de administración)?', 'reunión con el consejo', 'cierre (?:del|de) trimestre', 'cierre trimestral', 'cierre contable',
];
export const resultVerdicts: string[] = [
  '(?:buenos|grandes|malos|excelentes|muy buenos|muy malos|estupendos|pésimos) (?:números|resultados)(?! de (?:participación|asistencia|público))',
  '(?:buenas|malas|excelentes|muy buenas|muy malas) (?:cifras|ventas)', 'trimestre (?:récord|espectacular|histórico|pésimo|flojo)',
  '(?:los )?(?:números|resultados|cifras) (?:son|están|salen|pintan|han salido|vienen) (?:muy )?(?:buenos|buenas|bien|genial|malos|malas|mal)',
  'consejo (?:contento|feliz)',
];
