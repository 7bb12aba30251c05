import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compactClasses, DIGIT, LETTER, re, regex } from '../../src/core/text/letters';

const isLetter = (s: string) => new RegExp(`^[${LETTER}]$`, 'u').test(s);
const isDigit = (s: string) => new RegExp(`^[${DIGIT}]$`, 'u').test(s);
const points = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

describe('the compact letter and digit classes', () => {
  it('are \\p{L} and \\p{N} exactly in Latin, Greek and Cyrillic', () => {
    const wrong = points(0, 0x52f).filter((c) => isLetter(c) !== /\p{L}/u.test(c) || isDigit(c) !== /\p{N}/u.test(c));
    expect(wrong).toEqual([]);
  });

  it('hold every letter of Vietnamese, Greek polytonic, Hebrew, Arabic, Hindi, Japanese, Chinese and Korean words', () => {
    for (const word of ['Nguyễn', 'ἀγάπη', 'שלום', 'مرحبا', 'नमस्ते', 'ありがとう', 'カタカナ', '々', '谢谢', '안녕하세요', '𝐅𝐑𝐄𝐄', 'ＡＢＣ', '𠀋'])
      for (const c of word) expect(isLetter(c), `${word}: ${c}`).toBe(true);
  });

  it('never count white space, punctuation, symbols or emoji as letters', () => {
    const outside = [...points(0x2000, 0x2bff), ...points(0x2e00, 0x2e7f), ...points(0x3000, 0x3004), ...points(0xfe00, 0xfe0f)];
    const words = outside.filter((c) => /\p{L}/u.test(c) === false && isLetter(c));
    expect(words).toEqual([]);
    for (const c of ['\u1680', '\u00a0', '\u3000', '\ufeff', '’', '—', '«', '¿', '¡', '€', '😀', '👍🏽', '🇪🇸', '❤️', '🅰', '#', '@', '_'])
      for (const unit of c) expect(isLetter(unit), c).toBe(false);
  });
});

describe('compactClasses', () => {
  it('reads \\p{L} and \\p{N} inside a class, standing alone and negated, and leaves other escapes alone', () => {
    expect(compactClasses('(?<![\\p{L}\\p{N}_])a')).toBe(`(?<![${LETTER}${DIGIT}_])a`);
    expect(compactClasses('\\p{L}+')).toBe(`[${LETTER}]+`);
    expect(compactClasses('[^\\p{L}]')).toBe(`[^${LETTER}]`);
    expect(compactClasses('\\p{Lu}\\p{Ll}\\\\p{L}\\[\\p{N}')).toBe(`\\p{Lu}\\p{Ll}\\\\p{L}\\[[${DIGIT}]`);
  });

  it('finds what \\p{L} finds in words of the languages the engine reads', () => {
    const text = 'Año nuevo, 𝐯𝐢𝐝𝐚 nueva: ¡ÉXITO_total! Straße 12³ — l’été, naïve…';
    for (const [source, flags] of [['(?<![\\p{L}\\p{N}_])\\p{L}+(?![\\p{L}\\p{N}_])', 'gu'], ['[^\\p{L}\\s]+', 'gu'], ['\\p{N}+', 'giu']] as const)
      expect(text.match(regex(source, flags))).toEqual(text.match(new RegExp(source, flags)));
  });

  it('leaves a regex without the Unicode flag as written', () => {
    expect(regex('\\p{L}', 'g').source).toBe('\\p{L}');
    expect(re('iu')`\p{L}\d`.source).toBe(`[${LETTER}]\\d`);
  });
});

// V8 builds a property escape's whole set each time a regex is created: a regex made when a
// module loads pays it at every worker start (see letters.ts). Inside a function it is paid once,
// at first use, and may stay.
it('no regex literal made when a module of the engine loads uses \\p{L} or \\p{N}', () => {
  const root = join(__dirname, '../../src/core');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const found: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, inFunction: boolean) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && !inFunction && /\\p\{[LN]\}/.test(node.getText(source)))
        found.push(`${file}: ${node.getText(source).slice(0, 60)}`);
      ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
    };
    visit(source, false);
  }
  expect(found, 'write these with re() from src/core/text/letters.ts').toEqual([]);
});
