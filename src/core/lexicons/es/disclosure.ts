// Promoción pagada y su aviso (ver lexicons/en/disclosure.ts).

export const disclosures: string[] = [
  '#publi', '#publicidad', 'publicidad', 'colaboración pagada', 'colaboración remunerada', '#colaboración',
  '#colaboracion', 'patrocinado', '#patrocinado', 'patrocinada', 'en colaboración con', 'enlace de afiliado',
  'enlaces de afiliado', '#afiliado', '(?:me llevo|recibo|gano) una (?:pequeña )?comisión', 'producto cedido',
  'regalo de @[\\w.]+',
];

export const affiliate: string[] = [
  'afiliad[oa]', 'usa mi código', 'con mi código', 'mi código(?: de descuento)?', 'con mi enlace',
  'enlace en (?:mi )?bio (?:para|con) (?:un |el )?descuento', 'comisión',
];

export const praise: string[] = [
  'obsesionad[oa] con', 'no puedo vivir sin', 'me encanta mi nuev[oa]', 'mi nuev[oa] favorit[oa]',
  'os lo recomiendo', 'lo recomiendo', 'gracias @[\\w.]+ por', 'imprescindible',
];
