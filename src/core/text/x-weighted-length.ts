// X's weighted character count (the "280"), with the built-ins instead of twitter-text.
// X's rules (twitter-text config v3): every link counts 23; code points in a few ranges (Latin,
// Greek, Cyrillic, Hebrew, Arabic, Devanagari…: U+0000–U+10FF, and some punctuation in U+2000–U+2037)
// count 1, every other code point (CJK, most symbols, astral characters) counts 2; an emoji, however
// many code points its sequence holds (ZWJ families, flags, skin tones, keycaps), counts 2 as a
// whole. twitter-text does the same with an emoji list frozen in 2020 and 35 KiB of code; here a
// sequence is an emoji by Unicode properties, so newer sequences count right too. Text is counted
// as written (X counts its NFC form; ordinary input already is).
import { findUrls } from './urls';
import { regex } from './letters';

export const X_URL_WEIGHT = 23;

const WEIGHT_ONE: readonly [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

export function xCodePointWeight(cp: number): 1 | 2 {
  for (const [a, b] of WEIGHT_ONE) if (cp >= a && cp <= b) return 1;
  return 2;
}

// Only texts with one of these can hold an emoji.
const EMOJI_HINT = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u;
// An emoji sequence by the grammar of UTS #51: a flag (two regional indicators, or a black flag with
// tag letters), a keycap, or pictographs with optional presentation selector or skin tone, joined by
// ZWJ. Written as a grammar rather than as the list of recommended sequences, so that sequences newer
// than this runtime's Unicode data still count as one emoji; and as one linear regex scan, because
// Intl.Segmenter and the \p{RGI_Emoji} set are both slow on long texts (~2 s for 50,000 emoji).
const PIC = '\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier})?';
const EMOJI_SEQUENCE = regex(
  `\\p{Regional_Indicator}{2}|\\u{1F3F4}[\\u{E0020}-\\u{E007E}]+\\u{E007F}|[#*0-9]\\uFE0F?\\u20E3|${PIC}(?:\\u200D${PIC})*`,
  'gu',
);
// A sequence shown as an emoji rather than as a text symbol (a bare © or ™ is text).
const SHOWN_AS_EMOJI = /\p{Emoji_Presentation}|[\uFE0F\u200D\u20E3\u{E007F}]|\p{Emoji_Modifier}|\p{Regional_Indicator}/u;

/** [start, end) UTF-16 ranges of the emoji in text, in order. */
function emojiRanges(text: string): [number, number][] {
  if (!EMOJI_HINT.test(text)) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(EMOJI_SEQUENCE)) {
    if (SHOWN_AS_EMOJI.test(m[0])) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

export interface XLength {
  /** The weighted length as X counts it. */
  length: number;
  /** UTF-16 index of the first character that no longer fits in `limit`, if any. */
  overAt?: number;
}

/** X's weighted length of text, and where it first goes past `limit` (280 by default). */
export function xWeightedLength(text: string, limit = 280): XLength {
  const urls = findUrls(text);
  const emoji = emojiRanges(text);
  let length = 0;
  let overAt: number | undefined;
  let u = 0;
  let e = 0;
  const add = (w: number, at: number) => {
    length += w;
    if (overAt === undefined && length > limit) overAt = at;
  };
  for (let i = 0; i < text.length; ) {
    const url = urls[u];
    if (url && url.start === i) {
      add(X_URL_WEIGHT, i);
      i = url.end;
      u++;
      continue;
    }
    if (url && url.start < i) {
      u++;
      continue;
    }
    const em = emoji[e];
    if (em && em[0] === i) {
      add(2, i);
      i = em[1];
      e++;
      continue;
    }
    if (em && em[0] < i) {
      e++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    add(xCodePointWeight(cp), i);
    i += cp > 0xffff ? 2 : 1;
  }
  return overAt === undefined ? { length } : { length, overAt };
}
