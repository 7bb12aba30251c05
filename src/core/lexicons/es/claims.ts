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
];
export const guarantees: string[] = [
  'sin (?:ningún |ninguna )?riesgo (?:para|de) (?:el|tu|su) bebé', '(?:totalmente|completamente|100\\s?%) segur[oa]s? (?:durante|en) el embarazo',
  '100\\s?% (?:segur[oa]s?|garantizad[oa]s?|eficaz|eficaces|fiables?)', 'cero retrasos', 'riesgo cero',
  'sin ningún riesgo', 'totalmente segur[oa]', 'completamente segur[oa]', 'nunca (?:se retrasa|llega tarde)',
  'siempre puntuales', 'resultados garantizados', 'sin efectos secundarios',
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
  '(?:elevamos|subimos|mejoramos|rebajamos|bajamos|recortamos|eleva|rebaja|recorta) (?:nuestras |sus |las )?previsiones (?:de (?:beneficio|ventas|ingresos|resultados))?',
];
export const denials: string[] = [
  'si eso fuera (?:verdad|cierto)', 'eso es (?:mentira|falso)', 'es (?:totalmente |completamente )?falso', 'es un bulo',
  'eso nunca ha pasado', 'nadie trabajaría (?:aquí|con nosotros|para nosotros)',
];
export const sourceMarks: string[] = ['según', 'fuente:', 'fuentes:', 'informe', 'estudio', 'los estudios (?:demuestran|muestran|indican)', 'encuesta', 'datos de', 'auditado', 'certificado por'];
