// Lexicon entries are compiled at their first use in a review (text/phrases.ts), not when the
// engine loads: a broken pattern would fail a person's review instead of the build. This test
// compiles every entry of every lexicon, as the matcher will (spaces as \s+, Unicode mode).
import { describe, expect, it } from 'vitest';

const modules = import.meta.glob<Record<string, unknown>>(['../../src/core/lexicons/*/*.ts', '!**/common-words.ts'], { eager: true });

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

describe('lexicons', () => {
  it('are found', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(20);
  });
  for (const [path, module] of Object.entries(modules)) {
    it(`${path.replace(/^.*lexicons\//, '')}: every entry compiles as a pattern`, () => {
      const broken = strings(module).filter((s) => {
        try {
          new RegExp(s.replace(/ +/g, '\\s+'), 'u');
          return false;
        } catch {
          return true;
        }
      });
      expect(broken).toEqual([]);
    });
  }
});
