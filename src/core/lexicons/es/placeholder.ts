// Palabras que, entre [corchetes] o <ángulos>, marcan un hueco por rellenar.
export const fillInWords: string[] = [
  'enlace', 'insertar', 'nombre', 'fecha', 'hora', 'precio', 'c[oó]digo', 'ciudad', 'empresa', 'marca',
  'producto', 'n[uú]mero', 'imagen', 'foto', 'pendiente',
];
