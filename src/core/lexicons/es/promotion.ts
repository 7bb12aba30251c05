// Venta, concursos, bromas y celebración (ver lexicons/en/promotion.ts).

export const promotion: string[] = [
  '\\d+\\s?% de descuento', '-\\d+\\s?%', 'descuentos?', 'rebajas', 'ofertas?', 'promoción', 'promo', 'código',
  'cupón', 'compra ya', 'reserva ya', 'pide ya', 'consíguelo', 'nueva colección', 'nuestro nuevo',
  'nuestra nueva', 'te presentamos', 'sorteo', 'sorteamos', 'concurso', 'participa',
  // Not a storm that "gana fuerza" (gains strength): news, not a contest.
  'gana(?! fuerza| intensidad| terreno| velocidad)', 'ganar',
  'premios?', 'envío gratis', 'aprovecha', 'no te lo pierdas', 'date un capricho', 'desde \\d+\\s?€',
  // Empujones a comprar ("hoy toca compras desde el sofá").
  'os proponemos', 'te proponemos', '(?:ir|vete|vente|vamos|nos vamos) de compras', 'felices compras', 'día perfecto para (?:comprar|ir de compras|darte un capricho)',
  'compra(?:s)? desde (?:casa|el sofá|la cama)', '2x1', '(?:a )?mitad de precio', 'descárgala? (?:ya|hoy)',
];

export const pivots: string[] = [
  'no olvides', 'no os olvidéis', 'y hablando de', 'hablando de', 'para animaros', 'para alegraros',
  'le habría encantado', 'le hubiera encantado', 'les habría encantado',
];

export const jokes: string[] = ['ja(?:ja)+\\w*', 'je(?:je)+', 'es broma', 'nótese el juego de palabras'];

export const cheer: string[] = [
  'fiesta', 'celebra', 'celebramos', 'celebrar', 'qué ganas', 'yuju+', 'diversión', 'buen rollo', 'noticia bomba',
];
