// Words around personal data in Spanish. Data for the `privacy` rule (regex sources, any case).

export const freeMailDomains: string[] = [
  'hotmail.es', 'outlook.es', 'yahoo.es', 'yahoo.com.mx', 'yahoo.com.ar', 'hotmail.com.ar', 'live.com.mx', 'telefonica.net',
  'terra.es', 'terra.com', 'movistar.es', 'ono.com', 'gmx.es', 'uol.com.br', 'bol.com.br', 'prodigy.net.mx',
];

export const roleMailboxes: string[] = [
  'hola', 'contacto', 'contactar', 'info', 'informacion', 'atencion', 'atencionalcliente', 'clientes', 'soporte',
  'ayuda', 'prensa', 'comunicacion', 'empleo', 'trabajo', 'rrhh', 'reservas', 'pedidos', 'facturacion', 'ventas',
  'comercial', 'administracion', 'eventos', 'tienda', 'oficina', 'consultas', 'sugerencias', 'reclamaciones',
];

export const ownContactCues: string[] = [
  'llámanos', 'llamadnos', 'llámenos', 'contáctanos', 'contactadnos', 'contacte con nosotros', 'contacta con nosotros',
  'escríbenos', 'escribidnos', 'escríbanos', 'nos (?:puedes|podéis|puede) (?:llamar|escribir|encontrar)',
  'nuestro (?:teléfono|número|correo|e-?mail|whatsapp|móvil|servicio|equipo|departamento)', 'nuestra (?:línea|oficina|tienda|dirección|central)',
  'atención al cliente', 'reservas', 'tel[ée]fono de (?:contacto|reservas|atención|pedidos)', 'pedidos', 'encargos',
  '(?:envía|enviad|envíe|envíen|manda|mandad|mande|escribe|escribid|escriba)(?: [\\wáéíóúñ]+){0,6} (?:a|al)',
];

export const personContactCues: string[] = [
  '(?:su|tu|sus|tus|mi) (?:número|teléfono|móvil|whatsapp|correo|e-?mail|dirección)',
  '(?:número|teléfono|móvil|correo|dirección) de \\p{Lu}\\p{Ll}+',
  '(?:llama|llamad|llamar|escribe|escribid|escribir|contacta|contactad) (?:a \\p{Lu}\\p{Ll}+|al? (?:cliente|pasajero|pasajera))',
];

export const contactLabels: string[] = ['tel', 'tel\\.', 'teléfono', 'tlf', 'tfno', 'telf', 'whatsapp', 'móvil', 'llama al', 'llamad al', 'llamando al'];

export const referenceCues: string[] = [
  'localizador', 'código de reserva', 'referencia de (?:la )?reserva', 'número de reserva', 'n[ºo°]\\.? de reserva',
  'número de (?:billete|pedido|cliente|socio|cuenta|póliza|expediente)', 'n[ºo°]\\.? de (?:billete|pedido|cliente|socio|cuenta)',
];

export const accountCues: string[] = [
  'cuenta (?:corriente|bancaria|de ahorros?|de cheques|sueldo)', '(?:número|nro|núm|n[ºo°])\\.? de cuenta', 'cuenta', 'CLABE', 'CBU', 'CVU', 'CCI',
];

export const bankWords: string[] = [
  'banco', 'bancari[oa]s?', 'transferencia', 'ingreso', 'domiciliación', 'IBAN', 'SWIFT', 'BIC', 'CLABE', 'CBU', 'CVU', 'CCI',
  'cuenta (?:corriente|bancaria|de ahorros?|de cheques|sueldo)',
];

export const donationCues: string[] = [
  'donativos?', 'donaci(?:ón|ones)', 'donar', 'dona(?:d)? (?:lo que|en|a la|ya|hoy)', 'aportaci(?:ón|ones)', 'fila (?:cero|0)',
  'campaña solidaria', 'recaudaci(?:ón|ones)', 'recaudar',
];

export const handOverCues: string[] = [
  '(?:te|le|os|les) (?:llamamos|llamaremos|llamará|llamarán|escribimos|escribiremos|contactamos|contactaremos)', '(?:te|le|os) devolvemos la llamada',
];

export const birthDateCues: string[] = ['fecha de nacimiento', 'F\\. ?nac\\.?', 'nacid[oa] el'];

export const documentCues: string[] = [
  'pasaporte', 'número de pasaporte', 'DNI', 'NIE', 'NIF', 'documento de identidad', 'carn[eé] de conducir',
  'permiso de conducir', 'número de la seguridad social', 'seguridad social', 'cédula', 'CURP', 'RUT', 'RFC',
];

export const valueConnectors: string[] = [
  'es', 'era', 'número', 'n[ºo°]\\.?', 'núm', 'terminado en', 'terminada en', 'acabado en', 'que termina en', 'que acaba en',
];

export const homeAddressCues: string[] = [
  'vive en', 'viven en', 'su domicilio(?: es| en)?', 'tu domicilio(?: es| en)?', 'su dirección(?: es)?', 'tu dirección(?: es)?',
  'domicilio de [A-ZÁÉÍÓÚ][a-záéíóúñ]+(?: es)?', 'dirección de [A-ZÁÉÍÓÚ][a-záéíóúñ]+(?: es)?',
  // "recógelo en su casa, en la calle Mayor 5"
  'su (?:casa|piso)(?: está)?,? en', 'casa de [A-ZÁÉÍÓÚ][a-záéíóúñ]+,? en',
];

export const deliveryCues: string[] = [
  '(?:enviamos|enviaremos|enviado|enviada|mandamos|mandaremos|mandado|entregamos|entregaremos|entregado|entregada|llevamos|llevaremos)(?: [\\wáéíóúñ]+){0,4} a',
  'recoger en', 'repartidor (?:está )?en',
];

export const ownPlaceCues: string[] = [
  'tienda', 'oficina', 'oficinas', 'local', 'sucursal', 'restaurante', 'cafetería', 'hotel', 'aeropuerto', 'terminal',
  'mostrador', 'sede', 'visítanos', 'visitadnos', 'estamos en', 'os esperamos', 'te esperamos', 'evento', 'museo',
  'estación', 'estadio', 'teatro', 'galería', 'mercado', 'nuestr[oa]s?', 'inauguramos', 'abrimos',
];

export const streetWords: string[] = [
  'calle', 'c/', 'avenida', 'avda', 'av', 'plaza', 'pza', 'paseo', 'pº', 'camino', 'carrera', 'ronda', 'travesía',
  'glorieta', 'urbanización', 'urb', 'piso', 'portal',
];
