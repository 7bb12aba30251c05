// Spanish words for development and internal hosts (pruebas.marca.es, desarrollo.marca.es).
export const internalHostWords: string[] = ['pruebas', 'prueba', 'preproduccion', 'interno', 'interna'];
export const maybeInternalHostWords: string[] = ['desarrollo', 'borrador'];
