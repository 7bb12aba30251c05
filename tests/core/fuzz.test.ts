// Hostile and random text through the whole engine: it must never throw, every offset must stay
// inside the text, and the verdict must follow from the findings. review() swallows a throwing rule
// (a post must never be blocked by our bug), so the rules are wrapped here to catch that too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicyText } from '../../src/core/policy/parse';
import type { Rule } from '../../src/core/rule';
import { review } from '../../src/core/review';
import { rules } from '../../src/core/rules/index';
import { CATEGORIES, DRAFT_CONTEXTS, PLATFORMS, type Draft, type Review } from '../../src/core/types';
import { mulberry32 } from '../helpers/prng';

const parsed = parsePolicyText(readFileSync(new URL('../../../shared/corpus/dev-policy.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
const policy = { ...parsed.policy, allowedTerms: ['Scunthorpe'] };
const NOW = new Date('2026-11-20T15:00:00Z');
const ACCOUNTS = [undefined, '@nimbusair', '@Qantas', '@tom_ortiz', 'Nimbus Air', 'Tom Ortiz', '@stranger'];

// Pieces that tend to break text code: surrogates, joiners, bidi controls, combining marks, and the
// shapes rules look for (URLs, e-mails, numbers, dates, handles, placeholders, profanity).
const PIECES = [
  '\uD800', '\uDFFF', '\uDBFF\uDBFF', '\u200D', '\u200C', '\u200B', '\uFEFF', '\u202E', '\u2066', '\u0301', '\0', '\r\n', '\t',
  '👩‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇪🇸', '1️⃣', '🫠', '❤️‍🔥', 'e\u0301', 'ﷺ', '𝕳𝖊𝖑𝖑𝖔',
  'مرحبا بكم في رحلتنا', 'שלום עולם', 'ありがとうございます', '東京への直行便', '안녕하세요', 'Ñandú año',
  'hello', 'the', 'our new route', 'FLASH SALE!!!', 'calm down', 'you people', 'sh1t', 'f*ck', 'gilipollas', 'Scunthorpe',
  'https://nimbusair.com/sale', 'http://10.0.0.1:8080/x', 'https://nimbusiar.com', 'www.example.com/a?b=c#d', 'priya@gmail.com',
  '+34 910 000 000', 'ES91 2100 0418 4502 0005 1332', '4111 1111 1111 1111', '12/7', 'Tue 12/7', 'sábado 4 de diciembre',
  'Wednesday, December 8', '@handle', '#susanalbumparty', '#CamelCase', '#', '@', '{first_name}', '{{name}}', '[link]', '<NAME>',
  'TK', 'XX%', 'Project Falcon', 'Casey Anthony', '#notguilty', 'RIP', 'earthquake', '20% off', 'code TOM25', '#ad', 'NDA',
  'lorem ipsum', 'guaranteed', 'hungover', '!!!!!!!!', '?!', '...', '…', '"', "'", '(', ')', '[', ']', '{', '}', '\\', '$', '%',
];

function randomText(rand: () => number, maxPieces: number): string {
  let text = '';
  const n = Math.floor(rand() * maxPieces);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.15) text += String.fromCharCode(Math.floor(rand() * 0x10000)); // any code unit, lone surrogates included
    else if (r < 0.2) text += String.fromCodePoint(Math.floor(rand() * 0x10ffff));
    else text += PIECES[Math.floor(rand() * PIECES.length)];
    text += rand() < 0.6 ? ' ' : rand() < 0.5 ? '' : '\n';
  }
  return text;
}

// Far above any budget (5 ms for 3,000 characters): only runaway regexes and quadratic loops hit it.
const SLOW_MS = 500;

/** Every rule, wrapped so that a rule that throws or crawls is named rather than silently skipped. */
const thrown: string[] = [];
const slow: string[] = [];
const watched: Rule[] = rules.map((rule) => ({
  meta: rule.meta,
  check(ctx) {
    const t0 = performance.now();
    try {
      return rule.check(ctx);
    } catch (e) {
      thrown.push(`${rule.meta.id} threw ${(e as Error).message} on ${JSON.stringify(ctx.text.slice(0, 80))}`);
      throw e;
    } finally {
      const ms = performance.now() - t0;
      if (ms > SLOW_MS) slow.push(`${rule.meta.id} took ${Math.round(ms)} ms on ${ctx.text.length} characters (${ctx.draft.platform})`);
    }
  },
}));

const RANK = { info: 0, warning: 1, critical: 2 } as const;

/** The contract, as a list of broken promises (empty when all is well). */
function problems(draft: Draft, r: Review): string[] {
  const out: string[] = [];
  const len = draft.text.length;
  for (const f of r.findings) {
    const where = `${f.rule} [${f.start}, ${f.end}) in text of length ${len}`;
    if (!CATEGORIES.includes(f.category)) out.push(`${where}: unknown category ${f.category}`);
    if (!(f.severity in RANK)) out.push(`${where}: unknown severity ${f.severity}`);
    if (typeof f.message !== 'string' || f.message.trim() === '') out.push(`${where}: empty message`);
    if (f.start === undefined) continue;
    const ok = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start <= (f.end ?? -1) && (f.end ?? Infinity) <= len;
    if (!ok) out.push(`${where}: offsets outside the text`);
  }
  const worst = Math.max(-1, ...r.findings.map((f) => RANK[f.severity]));
  const want = worst === 2 ? 'stop' : worst === 1 ? 'caution' : 'clear';
  if (r.verdict !== want) out.push(`verdict ${r.verdict} but the worst finding says ${want}`);
  return out;
}

function check(draft: Draft) {
  thrown.length = 0;
  slow.length = 0;
  let r: Review | undefined;
  expect(() => (r = review(draft, policy, NOW, watched))).not.toThrow();
  expect(thrown).toEqual([]);
  expect(slow).toEqual([]);
  expect(problems(draft, r!)).toEqual([]);
}

const draftOf = (text: string, i = 0): Draft => ({
  text,
  platform: PLATFORMS[i % PLATFORMS.length]!,
  context: DRAFT_CONTEXTS[i % DRAFT_CONTEXTS.length]!,
  account: ACCOUNTS[i % ACCOUNTS.length],
  ...(i % 3 === 0 ? { replyTo: '@someone' } : {}),
});

describe('review() on hostile text', () => {
  const named: Record<string, string> = {
    'empty text': '',
    'only spaces': ' \n\t ',
    'lone high surrogate': '\uD83D',
    'lone low surrogate in words': 'Our new \uDE00 route',
    'reversed surrogate pair': 'a\uDE00\uD83Db',
    'RTL text with bidi override': '\u202Eمرحبا بكم في رحلتنا الجديدة إلى دبي\u202C https://nimbusair.com',
    'Hebrew mixed with English and numbers': 'טיסה חדשה ל-Tel Aviv ב-12/7, 20% הנחה!',
    'zero-width joiners between letters': 's\u200Dh\u200Di\u200Dt and c\u200Bo\u200Bd\u200Be',
    'emoji ZWJ sequences': '👩‍👩‍👧‍👦👨🏽‍💻🏳️‍🌈❤️‍🔥🧑‍🤝‍🧑 family trip! 🇪🇸🇵🇹',
    'combining marks': 'Z̸̢̛a̴̡͝l̷̰͝g̵̱̈o̷͎͝ text h̵̗̀e̶͕̔r̴̰̈́e̷̹͑',
    'NUL and control characters': 'a\0b\u0007c\u001bd\u007f\u0085e',
    'a 100,000-character post': 'Our spring timetable is out: flights to Lisbon from €39 👩‍👩‍👧 {name} https://nimbusair.com '.repeat(1100).slice(0, 100_000),
    '100,000 characters of one letter': 'a'.repeat(100_000),
    '100,000 exclamation marks': '!'.repeat(100_000),
  };
  for (const [name, text] of Object.entries(named)) {
    // A long timeout so that a slow rule is named by the check above rather than by a bare timeout.
    it(name, { timeout: 60_000 }, () => {
      for (let i = 0; i < 4; i++) check(draftOf(text, i));
    });
  }

  it('random mixtures (seeded)', () => {
    const rand = mulberry32(20261120);
    for (let i = 0; i < 400; i++) {
      const text = randomText(rand, i % 10 === 0 ? 400 : 40);
      const draft = draftOf(text, Math.floor(rand() * 1000));
      try {
        check(draft);
      } catch (e) {
        throw new Error(`case ${i} ${JSON.stringify(draft)}\n${(e as Error).message}`);
      }
    }
  });
});
