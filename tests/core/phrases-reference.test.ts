// The lexicon matcher tries an entry only where a text starts as the entry can and only in texts
// that may hold the words the entry needs (text/phrases.ts, text/regex-prefixes.ts). Those filters
// must never lose a match: for every lexicon of the engine, on every labelled draft and on long
// texts made of them, it finds exactly what alternationMatcher finds (one alternation of all the
// entries, scanned from each word start), entry for entry.
import { describe, expect, it } from 'vitest';
import { labelledTexts } from '../helpers/labelled-texts';
import { alternationMatcher, entrySource, phraseMatcher } from '../../src/core/text/phrases';

const modules = import.meta.glob<Record<string, unknown>>(['../../src/core/lexicons/*/*.ts', '!**/common-words.ts'], { eager: true });

/** Every list of strings a lexicon module exports, nested ones included. */
function lists(v: unknown, name: string, out: [string, string[]][] = []): [string, string[]][] {
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out.push([name, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => lists(x, `${name}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) lists(x, `${name}.${k}`, out);
  return out;
}

const compiles = (s: string) => {
  try {
    return !new RegExp(`^(?:${entrySource(s, true)})$`, 'u').test(''); // the matcher never reports an empty match
  } catch {
    return false;
  }
};

const lexicons = Object.entries(modules)
  .flatMap(([path, module]) => lists(module, path.replace(/^.*lexicons\//, '').replace(/\.ts$/, '')))
  .filter(([, entries]) => entries.length > 0 && entries.every(compiles));

const drafts = labelledTexts();
const long = Array.from({ length: 30 }, (_, i) => {
  let t = '';
  for (let k = i; t.length < 3000; k += 7) t += drafts[k % drafts.length] + (k % 2 ? '\n\n' : ' ');
  return t;
});
const texts = [...drafts, ...long];

describe('the lexicon matcher finds what one alternation of all its entries finds', () => {
  it('reads most of the lexicons', () => {
    expect(lexicons.length).toBeGreaterThanOrEqual(100);
  });
  for (const [name, entries] of lexicons) {
    it(name, () => {
      const match = phraseMatcher(entries, { regex: true });
      const expected = alternationMatcher(entries, { regex: true });
      const differ = texts.filter((t) => JSON.stringify(match(t)) !== JSON.stringify(expected(t)));
      expect(differ.map((t) => t.slice(0, 80))).toEqual([]);
    });
  }
});
