// Promoción pagada y su aviso (ver lexicons/en/disclosure.ts).

export const disclosures: string[] = [
  '#publi', '#publicidad', 'publicidad', 'colaboración pagada', 'colaboración remunerada', '#colaboración',
  '#colaboracion', 'patrocinado', '#patrocinado', 'patrocinada', 'en colaboración con', 'enlace de afiliado',
  'enlaces de afiliado', '#afiliado', '(?:me llevo|recibo|gano) una (?:pequeña )?comisión', 'producto cedido',
  'regalo de @[\\w.]+', '\\((?:regalo|publi|cedido|producto cedido)\\)',
];

export const affiliate: string[] = [
  'afiliad[oa]', 'usa mi código', 'con mi código', 'mi código(?: de descuento)?', 'con mi enlace',
  'enlace en (?:mi )?bio (?:para|con) (?:un |el )?descuento', 'comisión',
];

export const praise: string[] = [
  'obsesionad[oa] con', 'no puedo vivir sin', 'me encanta mi nuev[oa]', 'mi nuev[oa] favorit[oa]',
  'os lo recomiendo', 'lo recomiendo', 'gracias @[\\w.]+ por', 'imprescindible', 'mi santo grial',
  'me (?:ha|han) cambiado (?:la vida|la piel|el pelo|la rutina)', 'enamorad[oa] de', 'me tiene enamorad[oa]',
  // "mi piel nunca ha estado tan bien", "nunca había tenido la piel así"
  '(?:mi|tu) (?:\\p{L}+ ){1,2}nunca (?:ha|había) (?:estado|lucido) (?:tan|así|mejor)', 'nunca (?:he|había) tenido (?:la piel|el pelo) (?:tan|así)',
  '(?:lo|el|la) mejor (?:\\p{L}+ )?que he probado',
];

export const codeGains: string[] = [
  'te da', 'os da', 'tenéis', 'tienes', 'te llevas', 'os lleváis', 'llévate', 'consigues', 'conseguís', 'ahorras', 'ahorráis', 'ahorra', 'ahorrad',
];
export const codeUses: string[] = ['usa', 'usad', 'use', 'utiliza', 'aplica', 'introduce', 'pon', 'poned', 'con', 'usando'];
export const codeFor: string[] = ['para', 'para tener', 'para conseguir', 'y (?:consigue|obtén|llévate)'];
export const codeWith: string[] = ['con', 'usando'];
export const discounts: string[] = ['de descuento', 'dto\\.?'];
export const measures: string[] = ['más'];

export const giftThanks: string[] = [
  'gracias @[\\w.]+ por (?:el |los |las |la |este |estos |estas |esta |mandarme |enviarme |regalarme )?(?:\\p{L}+ ){0,2}(?:regal(?:o|os|ito|itos)|paquete|caja|detalles?|muestras|envío|kit|lote|cesta)',
  '@[\\w.]+ me (?:ha|han) (?:enviado|mandado|regalado)', 'me (?:ha|han) (?:enviado|mandado|regalado) @[\\w.]+',
];
export const buyCues: string[] = ['\\d+\\s?% de descuento', 'enlace en (?:mi )?bio', 'consigue (?:el|la|los|las) tuy[oa]s?', 'descuento', 'usa el código'];
export const holding: string[] = [
  'ya tengo (?:el mío|la mía|los míos|las mías|mis tokens)', 'yo ya (?:he comprado|compré|tengo (?:el mío|los míos)|estoy dentro)', 'ya he (?:comprado|pillado)', 'ya (?:estoy|estamos) dentro',
];
