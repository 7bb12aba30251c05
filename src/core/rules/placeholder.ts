// Template variables and fill-in markers left in a draft: {first_name}, {{name}}, [link], <NAME>.
// Hand-written: no library knows the shapes scheduling tools and templates leave behind.
import type { Rule } from '../rule';
import { fillInWords as en } from '../lexicons/en/placeholder';
import { fillInWords as es } from '../lexicons/es/placeholder';

const fillInWords = [...en, ...es];

const patterns: RegExp[] = [
  /\{\{\s*[\p{L}\p{N}_.\- ]{1,40}\s*\}\}/gu, // {{employee_name}} (Mustache, Handlebars)
  /\{\s*[\p{L}_][\p{L}\p{N}_.\-]{0,39}\s*\}/gu, // {first_name}
  /\$\{[^}\n]{1,40}\}/gu, // ${name}
  /%[A-Z][A-Z_]{1,30}%/gu, // %FIRST_NAME%
  new RegExp(`\\[\\s*(?:${fillInWords.join('|')})(?:[ _\\-][\\p{L}\\p{N}]+){0,3}\\s*\\]`, 'giu'), // [link], [ENLACE], [insert name]
  new RegExp(`<\\s*(?:${fillInWords.join('|')})(?:[ _\\-][\\p{L}\\p{N}]+){0,3}\\s*>`, 'giu'), // <NAME>, <insert link>
];

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    category: 'placeholder',
    severity: 'critical',
    description: 'Template variables and fill-in markers that were never filled in.',
  },
  check({ text }) {
    const found: { start: number; end: number }[] = [];
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (found.some((f) => start < f.end && end > f.start)) continue;
        found.push({ start, end });
      }
    }
    return found.map((f) => ({
      ...f,
      message: `"${text.slice(f.start, f.end)}" looks like a template marker that was never filled in.`,
    }));
  },
};
