import { describe, expect, it } from 'vitest';
import { squeezedPhraseMatcher } from '../../src/core/text/squeezed-words';

// A table like the offensive rule's: lower case, accents off, a little leetspeak.
const TABLE: Record<string, string> = { á: 'a', é: 'e', Á: 'a', '1': 'i', '0': 'o', '@': 'a' };
const normal = (u: number) => TABLE[String.fromCharCode(u)]?.charCodeAt(0) ?? (u >= 65 && u <= 90 ? u + 32 : u);
const match = squeezedPhraseMatcher(['mierda', 'hijo de puta', 'hijo', 'joder'], normal);

describe('squeezedPhraseMatcher', () => {
  it('finds words through repeats, capitals, accents and look-alikes, with offsets into the text', () => {
    expect(match('Qué MIEEERDA de día')).toEqual([[4, 12, 'mierda']]);
    expect(match('m1erd@!')).toEqual([[0, 6, 'mierda']]);
    expect(match('jódér')).toEqual([]); // ó is not in this table
  });
  it('reads whole words only', () => {
    expect(match('mierdas y hijos')).toEqual([]);
    expect(match('¡mierda!')).toEqual([[1, 7, 'mierda']]);
  });
  it('prefers the longest phrase, whose words may be apart by any white space only', () => {
    expect(match('eres un hijo  de\nputa')).toEqual([[8, 21, 'hijo de puta']]);
    expect(match('hijo, de puta')).toEqual([[0, 4, 'hijo']]);
  });
  it('keeps offsets right around characters of two units', () => {
    expect(match('😀 joder 😀 joder')).toEqual([
      [3, 8, 'joder'],
      [12, 17, 'joder'],
    ]);
    expect(match('\uD800joder')).toEqual([[1, 6, 'joder']]);
  });
});
