// Every string of the options page and the popup exists in English and Spanish, with the same
// placeholders, and every key the code asks for is there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const read = (lang: string): Messages => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const en = read('en');
const es = read('es');
const ours = (m: Messages) => Object.keys(m).filter((k) => /^(options|popup)_/.test(k)).sort();
const names = (s: string) => [...s.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [readFileSync(join(dir, d.name), 'utf8')] : [],
  );
}

describe('options and popup strings', () => {
  it('exist in both languages with the same placeholders', () => {
    expect(ours(es)).toEqual(ours(en));
    for (const key of ours(en)) {
      expect(names(es[key]!.message), key).toEqual(names(en[key]!.message));
      expect(Object.keys(es[key]!.placeholders ?? {}).sort(), key).toEqual(names(en[key]!.message));
    }
  });
  it('cover every key the pages use', () => {
    const used = new Set(['options', 'popup', 'components'].flatMap((d) => sources(join(ROOT, 'src/ui', d))).flatMap((s) => [...s.matchAll(/\bt\('([a-zA-Z_]+)'/g)].map((m) => m[1]!)));
    for (const key of used) expect(en, key).toHaveProperty(key);
  });
});
