// Demeaning or stereotyping wording about gender, race, disability, age and body, in English and
// Spanish, with an alternative. The data is a compact phrase → suggestion file in the style of
// retext-equality (lexicons/<lang>/inclusive.ts): alex itself costs 0.5–5 ms a post and knows
// English only, so it is not run here. Demeaning wording is a warning; milder habits ("guys",
// "chairman", "the elderly") are info, which never interrupts.
// Age in job ads: wording that asks for youth ("young, energetic digital natives", "buscamos gente
// joven") or sets an age limit ("recent graduates only", "menores de 30") is age discrimination in a job
// ad, and a warning; the same words elsewhere describe people ("digital natives" in an article about
// teenagers), so these entries count only with a hiring cue within 300 characters ("we're hiring",
// "apply", "envía tu CV"), not next to a team noun ("un equipo joven y dinámico" describes the team),
// not in quotes, and not in a post about a scheme open by law to an age group (Garantía Juvenil).
import * as enLexicon from '../lexicons/en/inclusive';
import { entries as en, type Entry } from '../lexicons/en/inclusive';
import * as esLexicon from '../lexicons/es/inclusive';
import { entries as es } from '../lexicons/es/inclusive';
import type { Report, Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { phraseMatcher, type PhraseMatch } from '../text/phrases';
import { inside, quotedSpans, type Span } from '../text/quotes';

const all: Entry[] = [...en, ...es];
const owner = new Map<string, Entry>();
for (const e of all) for (const p of e.match) if (!owner.has(p)) owner.set(p, e);
const find = phraseMatcher([...owner.keys()], { regex: true });
// Read only after a hiring-only entry matched.
const hiring = phraseMatcher([...enLexicon.hiringCues, ...esLexicon.hiringCues], { regex: true });
const schemes = phraseMatcher([...enLexicon.youthSchemes, ...esLexicon.youthSchemes], { regex: true });
const TEAM = new Set([...enLexicon.teamNouns, ...esLexicon.teamNouns]);
const HIRING_REACH = 300;
/** A team noun right after the match or among the words of its clause before it: "un equipo joven y
 * dinámico", "a young and dynamic team", "our startup is young and dynamic". */
function nextToTeam(text: string, m: PhraseMatch): boolean {
  const clause = /[^.,:;!?¡¿()\n]*$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))![0];
  const before = clause.match(/\p{L}+/gu)?.slice(-3) ?? [];
  const after = /^[^\p{L}]{0,3}(\p{L}+)/u.exec(text.slice(m.end, m.end + 20))?.[1];
  return [...before, after].some((w) => w !== undefined && TEAM.has(w.toLowerCase()));
}

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
    let cues: PhraseMatch[] | undefined;
    let quotes: Span[] | undefined;
    const inJobAd = (m: PhraseMatch) => {
      cues ??= schemes(text).length > 0 ? [] : hiring(text);
      quotes ??= quotedSpans(text);
      return !inside(quotes, m.start, m.end) && !nextToTeam(text, m) && cues.some((c) => Math.abs(c.start - m.start) <= HIRING_REACH);
    };
    return find(text).flatMap((m): Report[] => {
      const e = owner.get(m.phrase)!;
      const said = ctx.text.slice(m.start, m.end);
      if (e.when === 'hiring') {
        if (!inJobAd(m)) return [];
        return [{
          start: m.start,
          end: m.end,
          severity: e.severity,
          message: `In a job ad, "${said}" asks for younger people and turns older candidates away (age discrimination); try "${e.suggest}".`,
          suggestion: e.suggest,
        }];
      }
      return [{
        start: m.start,
        end: m.end,
        severity: e.severity,
        message:
          e.severity === 'warning'
            ? `"${said}" can read as demeaning about ${ABOUT[e.why]}; try "${e.suggest}".`
            : `"${said}" may exclude some readers; consider "${e.suggest}".`,
        suggestion: e.suggest,
      }];
    });
  },
};
