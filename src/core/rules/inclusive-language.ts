// Demeaning or stereotyping wording about gender, race, disability, age and body, in English and
// Spanish, with an alternative. The data is a compact phrase → suggestion file in the style of
// retext-equality (lexicons/<lang>/inclusive.ts): alex itself costs 0.5–5 ms a post and knows
// English only, so it is not run here. Demeaning wording is a warning; milder habits ("guys",
// "chairman", "the elderly") are info, which never interrupts.
import { entries as en, type Entry } from '../lexicons/en/inclusive';
import { entries as es } from '../lexicons/es/inclusive';
import type { Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { phraseMatcher } from '../text/phrases';

const all: Entry[] = [...en, ...es];
const owner = new Map<string, Entry>();
for (const e of all) for (const p of e.match) if (!owner.has(p)) owner.set(p, e);
const find = phraseMatcher([...owner.keys()], { regex: true });

const ABOUT: Record<Entry['why'], string> = {
  gender: 'gender',
  race: 'origin or race',
  disability: 'disability or mental health',
  age: 'age',
  body: 'bodies',
  orientation: 'sexual orientation or gender identity',
};

export const inclusiveLanguage: Rule = {
  meta: {
    id: 'inclusive-language',
    category: 'inclusive-language',
    severity: 'warning',
    description: 'Demeaning or stereotyping wording about gender, race, disability, age or body, with an alternative.',
  },
  check(ctx) {
    const text = foldApostrophes(ctx.text);
    return find(text).map((m) => {
      const e = owner.get(m.phrase)!;
      const said = ctx.text.slice(m.start, m.end);
      return {
        start: m.start,
        end: m.end,
        severity: e.severity,
        message:
          e.severity === 'warning'
            ? `"${said}" can read as demeaning about ${ABOUT[e.why]}; try "${e.suggest}".`
            : `"${said}" may exclude some readers; consider "${e.suggest}".`,
        suggestion: e.suggest,
      };
    });
  },
};
