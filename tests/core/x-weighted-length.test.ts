// twitter-text is X's reference implementation: on ordinary text (no emoji newer than its 2020
// data) our built-in count must agree with it exactly.
// @ts-expect-error twitter-text ships no types; only parseTweet is used.
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { xWeightedLength } from '../../src/core/text/x-weighted-length';

const twitter = twitterText as { parseTweet(text: string): { weightedLength: number; valid: boolean; validRangeEnd: number } };

const pieces = [
  'hello', 'world', 'Madrid', 'año', 'niño', 'café', 'Zürich', 'Ελλάδα', 'Москва', 'שלום', 'مرحبا', 'नमस्ते',
  '東京', '直行便', '한국어', 'ｶﾀｶﾅ', '—', '–', '…', '€', '£', '$', '%', '20%', '10am–4pm', '“quoted”', '‘single’',
  '™', '©', '®', '☺', '❤', '✈', '↔', '☀', '#️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '°', '½', '→', '★', '☀️', '✈️', '❤️', '😀', '👍🏽', '👩‍👩‍👧', '🇪🇸', '🇬🇧', '1️⃣', '🏳️‍🌈', '🤫', '🥴',
  'https://nimbusair.com/sale', 'http://example.com', 'https://example.org/a/b?c=1&d=2', 'nimbusair.com/checkin',
  'www.example.com', '@nimbusair', '#NewRoute', '#susanalbumparty', 'NB204', '12/7', '3.5', 'e.g.', '!', '?', ',', '.',
  '\n', '\n\n', '\t',
];

function rand(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('xWeightedLength', () => {
  it('agrees with twitter-text on 3,000 generated ordinary texts', () => {
    const r = rand(42);
    for (let n = 0; n < 3000; n++) {
      const words: string[] = [];
      const count = 1 + Math.floor(r() * 60);
      for (let k = 0; k < count; k++) words.push(pieces[Math.floor(r() * pieces.length)]!);
      const text = words.join(r() < 0.8 ? ' ' : '  ');
      const ours = xWeightedLength(text).length;
      const theirs = twitter.parseTweet(text).weightedLength;
      if (ours !== theirs) expect({ text, ours }).toEqual({ text, ours: theirs });
    }
  });

  it('agrees with twitter-text on where the text stops fitting', () => {
    const r = rand(7);
    for (let n = 0; n < 500; n++) {
      const words: string[] = [];
      while (words.join(' ').length < 320) words.push(pieces[Math.floor(r() * pieces.length)]!);
      const text = words.join(' ');
      const { overAt } = xWeightedLength(text);
      const parsed = twitter.parseTweet(text);
      if (parsed.valid) expect(overAt).toBeUndefined();
      else if (overAt !== undefined) {
        // twitter-text reports the last index that fits (inclusive); the next character starts at or after it.
        expect(overAt).toBeGreaterThan(parsed.validRangeEnd);
        expect(xWeightedLength(text.slice(0, overAt)).length).toBeLessThanOrEqual(280);
      }
    }
  });

  it('counts newer emoji sequences as 2, where twitter-text does not', () => {
    expect(xWeightedLength('🧑‍🧑‍🧒').length).toBe(2);
    expect(xWeightedLength('🫩').length).toBe(2);
  });

  it('copes with odd input', () => {
    expect(xWeightedLength('').length).toBe(0);
    expect(xWeightedLength('\uD800x\uDC00').length).toBe(5);
    expect(xWeightedLength('a\u200Db').length).toBe(3);
    expect(xWeightedLength('שלום عربي').length).toBe(9);
  });
});
