// Drafting leftovers: template variables and fill-in markers ({first_name}, {{name}}, [link], <NAME>,
// TK, XX%), editorial marks (COPY FOR APPROVAL, "legal to check", lorem ipsum), labels and
// instructions of a content brief pasted in with the caption ("Caption:", "Post at 9am", "use the
// second photo"), a brief's request to whoever posts ("Please could you post on Instagram the below
// text and image", "¿Podrías publicar el siguiente texto?", "te paso el texto para publicar": a request
// and what it hands over, in one sentence, since "can you share this?" alone asks the audience), notes
// to self about a missing part ("NEED COPY", "falta enlace", text between ***
// or >>> <<<, "(change if we win)"), a second version pasted under the first ("ALT VERSION:", a line
// saying only "OR"), a question to a colleague about the post's own wording ("How's this copy,
// Jade?", "¿Te vale este texto?"), and drafts that are only a test.
// Hand-written: no library knows the shapes scheduling tools, templates and briefs leave behind. The
// vocabulary is data (lexicons/<lang>/placeholder.ts); only the shapes of markers live here.
import * as en from '../lexicons/en/placeholder';
import * as es from '../lexicons/es/placeholder';
import { MAX_FINDINGS_PER_RULE, type Report, type Rule } from '../rule';
import { foldApostrophes } from '../text/apostrophes';
import { phraseMatcher } from '../text/phrases';
import { sentenceEnd } from '../text/sentence';
import type { Severity } from '../types';
import { re, regex } from '../text/letters';

const fillInWords = [...en.fillInWords, ...es.fillInWords];

const templatePatterns: RegExp[] = [
  re('gu')`\{\{\s*[\p{L}\p{N}_.\- ]{1,40}\s*\}\}`, // {{employee_name}} (Mustache, Handlebars)
  re('gu')`\{\s*[\p{L}_][\p{L}\p{N}_.-]{0,39}\s*\}`, // {first_name}
  /\$\{[^}\n]{1,40}\}/gu, // ${name}
  /%[A-Z][A-Z_]{1,30}%/gu, // %FIRST_NAME%
  regex(`\\[\\s*(?:${fillInWords.join('|')})(?:[ _\\-][\\p{L}\\p{N}]+){0,3}\\s*\\]`, 'giu'), // [link], [ENLACE], [insert name]
  regex(`<\\s*(?:${fillInWords.join('|')})(?:[ _\\-][\\p{L}\\p{N}]+){0,3}\\s*>`, 'giu'), // <NAME>, <insert link>
];

// "TK" (to come), the journalists' fill-in, as a standalone capitalised token. Not "TK Maxx", "TK 1857"
// or "(TK)", where it is a name, a flight number or an airline code.
const TK = re('gu')`(?<![\p{L}\p{N}_])TK(?:TK)*(?![\p{L}\p{N}_])`;
// XX where a number belongs: XX%, $XX, €XX, XX EUR, XX:XX, XX/XX, March XX, XX de marzo.
const MONTHS = (
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'
)
    .split('|')
    .map((m) => `[${m[0]}${m[0]!.toUpperCase()}]${m.slice(1)}`)
    .join('|');
const XX = regex(
  [
    `[$€£¥]\\s?[Xx]{1,3}(?:[.,][Xx]{2})?(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])[Xx]{2,3}(?:[.,][Xx]{1,2})?\\s?(?:%|€|\\$|£)`,
    `(?<![\\p{L}\\p{N}])X{2,3}(?:[.,]X{1,2})?\\s?(?:EUR|USD|GBP|euros?|dollars?|pounds?|hours?|hrs?|h|mins?|minutes?|days?|nights?|km|kg|am|pm|seats?|flights?|people|horas|días|noches|personas|plazas)(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])X{1,2}:X{2}(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])X{1,2}/X{1,2}(?:/X{2,4})?(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:${MONTHS})\\.? X{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])X{1,2}(?:st|nd|rd|th)? (?:of |de )?(?:${MONTHS})(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'gu',
);
// A capitalised fill-in word standing in running text: "read more: LINK", "Join us on DATE at TIME".
// DATE, TIME, NAME… are also shouted for emphasis ("It's TIME to fly"), so they need a second blank.
const CAPS_BLANK = re('gu')`(?<![\p{L}\p{N}_#@])(?:LINK|URL|FIRSTNAME|FIRST_NAME|HANDLE|HASHTAG|NAME|DATE|TIME|PRICE|CITY|PRODUCT)(?![\p{L}\p{N}_])`;
const WEAK_BLANK = new Set(['NAME', 'DATE', 'TIME', 'PRICE', 'CITY', 'PRODUCT']);
const CAPS_WORD = /^\p{Lu}{2,}$/u;

// Capitalised TBC / TBD / TBA on their own: "Venue TBC" is a real thing to post, so only a hint.
const TBC = re('gu')`(?<![\p{L}\p{N}_])TB[CDA](?![\p{L}\p{N}_])`;
// "DRAFT:" or "[BORRADOR]" opening the text.
const DRAFT_HEAD = /^\s*[[(]?(?:draft|borrador|wip)[\])]?\s*(?:v?\d+)?\s*[:\-–—\])]/iu;

const editorial = phraseMatcher([...en.editorialMarks, ...es.editorialMarks], { regex: true });
const instructions = phraseMatcher([...en.posterInstructions, ...es.posterInstructions], { regex: true });
const notes = phraseMatcher([...en.draftingNotes, ...es.draftingNotes], { regex: true });
const questions = phraseMatcher([...en.reviewQuestions, ...es.reviewQuestions], { regex: true });
// How far the question mark may be: "How's this copy, Jade?".
const QUESTION_REACH = 30;
// A brief's request: a request to post, or a handover of the copy, and then in its sentence what it
// hands over. After "share" only a brief's own words count ("can you share the following appeal?").
const requests = phraseMatcher([...en.postRequests, ...es.postRequests], { regex: true });
const handovers = phraseMatcher([...en.handovers, ...es.handovers], { regex: true });
const anyOf = (list: string[]) => regex(`(?<![\\p{L}\\p{N}_])(?:${list.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
const BARE_OBJECT = anyOf([...en.bareObjects, ...es.bareObjects]);
const POST_OBJECT = anyOf([...en.postObjects, ...es.postObjects]);
const HANDOVER_OBJECT = anyOf([...en.handoverObjects, ...es.handoverObjects]);
const SHARE = re('iu')`(?:share|compart\p{L}*)$`;
const YOUR_CHANNELS = re('iu')`(?<![\p{L}])(?:your|vuestr[oa]s|tus?)\s+(?:redes|perfil(?:es)?|cuentas?|muro|socials?|pages?|profiles?|channels?|feeds?|accounts?|stories)(?![\p{L}])`;
/** How far after a request its sentence is read for what a brief hands over. */
const REQUEST_REACH = 120;
const labels = regex(`(?:^|\\n)[ \\t]*((?:${[...en.briefLabels, ...es.briefLabels].join('|')})[ \\t]*:)`, 'giu');
const testMessage = regex(`^(?:${[...en.testMessages, ...es.testMessages].join('|')})$`, 'iu');

// A time opening the instruction: "at 4pm est write the below", "a las 16:00 publica lo siguiente".
const TIME_BEFORE = /(?:at|a las?)\s+\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|h)?(?:\s?(?:est|edt|pst|pdt|gmt|bst|cet|cest|utc))?\s*$/iu;
/** An instruction counts only as a clause of its own: line start or after a full stop, bracket or time… */
function atClauseStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || /[\n.!?:;,([\-–—|/•*]/u.test(text[i]!) || TIME_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
/** …and ending there: "Post at 9am, use…" is a brief; "Post on Friday your best photo" is not. */
function atClauseEnd(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i >= text.length || /[\n.!?,;:)\]\-–—|]/u.test(text[i]!);
}
// "tag @a @b" as a clause of its own (a brief), not "tag @us in your photos" (a call to the audience).
const TAG = /(?:^|\n|[([])[ \t]*((?:tag|etiquetar|etiqueta|mention|mencionar|menciona)[ \t]+@[\w.]+(?:[ \t]*(?:,|and|y|&)?[ \t]*@[\w.]+)*)[ \t]*(?=$|\n|[).\],;])/giu;

// Text set apart for the team: ***…***, ###…###, >>>…<<<, [[…]]. Bold-looking wraps are also
// emphasis ("***FLASH SALE***"), so a wrap counts only when what it holds is a note.
const WRAP = /(\*{3,}|#{3,}|>{2,}|\[\[)[ \t]*([^*#<>[\]\n]{2,80}?)[ \t]*(\*{3,}|#{3,}|<{2,}|\]\])/gu;
const CLOSES: Record<string, string> = { '*': '*', '#': '#', '>': '<', '[': ']' };
// "(change if we win)", "— cambiar si gana": an edit to make later, in brackets or closing the post.
// Not "(change when you like)", which speaks to the audience.
const editWords = [...en.editVerbs, ...es.editVerbs].join('|');
const condWords = [...en.conditionWords, ...es.conditionWords].join('|');
const CONDITIONAL_EDIT = regex(
  `(?:[([]|(?:^|\\s)[—–-][ \\t]*)((?:${editWords})(?![\\p{L}])[^)\\]\\n]{0,30}?(?<![\\p{L}])(?:${condWords})(?![\\p{L}])(?!\\s+(?:you|your|tú|tu|usted)(?![\\p{L}]))[^)\\]\\n]{1,50}?)(?:[)\\]]|[ \\t.!]*$)`,
  'giu',
);
// "ALT VERSION:", "Option B:" — a second take pasted under the first. A lettered or numbered option is
// an alternative only when no first one is there (a poll lists "Option A: … Option B: …").
const ALTERNATIVE = regex(`(?<![\\p{L}\\p{N}])(?:${[...en.alternativeLabels, ...es.alternativeLabels].join('|')})[ \\t]*[:\\-–—]`, 'giu');
const FIRST_OPTION = re('iu')`(?<![\p{L}\p{N}])(?:option|opci[oó]n|version|versi[oó]n)[ \t]*[a1][ \t]*[:\-–—]`;
const NUMBERED = /[b-d2-4][ \t]*[:\-–—]$/iu;
// A line saying only "OR" (or "O", "Alternativa") between two blocks of text: two captions in one post.
const SEPARATOR = regex(
  `\\n[ \\t]*[-–—=*_([]*[ \\t]*(${[...en.alternativeSeparators, ...es.alternativeSeparators].join('|')})[ \\t]*[-–—=*_)\\]]*[ \\t]*:?[ \\t]*(?=\\n[ \\t]*\\S)`,
  'giu',
);
/** A note ends its clause: at the end, a stop or a bracket ("need a link?" is a question to the audience). */
function noteEnds(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i >= text.length || /[\n.!,;:)\]*#<\-–—|]/u.test(text[i]!);
}

interface Found {
  start: number;
  end: number;
  severity: Severity;
  message: string;
  suggestion?: string;
}

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    category: 'placeholder',
    severity: 'critical',
    description:
      'Template variables, fill-in markers (TK, XX%), editorial marks, brief instructions and test messages left in a draft.',
  },
  check({ text }) {
    const found: Found[] = [];
    const add = (f: Found) => {
      // The engine keeps no more than this anyway; without the cap each check below is quadratic.
      if (found.length >= MAX_FINDINGS_PER_RULE) return;
      if (found.some((g) => f.start < g.end && f.end > g.start)) return;
      found.push(f);
    };
    const excerpt = (s: number, e: number) => text.slice(s, e);

    const trimmed = text.trim().replace(/[.!?…]+$/u, '').trim();
    if (trimmed.length > 0 && trimmed.length <= 30 && testMessage.test(trimmed)) {
      const start = text.indexOf(trimmed);
      add({ start, end: start + trimmed.length, severity: 'critical', message: 'This draft looks like a test message, not a post.' });
    }
    // Each shape runs only when its telltale characters are there at all (most drafts have none).
    const templates = /[{}[\]<>%]/.test(text) ? templatePatterns : [];
    for (const re of templates) {
      for (const m of text.matchAll(re)) {
        add({
          start: m.index,
          end: m.index + m[0].length,
          severity: 'critical',
          message: `"${m[0]}" looks like a template marker that was never filled in.`,
        });
      }
    }
    for (const m of text.includes('TK') ? text.matchAll(TK) : []) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0] === 'TK') {
        const after = text.slice(end, end + 12);
        if (/^[\s-]*\d/u.test(after) || /^\s+\p{Lu}\p{Ll}/u.test(after)) continue; // TK 1857, TK Maxx
        if (text[start - 1] === '(' && text[end] === ')') continue; // Turkish Airlines (TK)
      }
      add({ start, end, severity: 'critical', message: `"${m[0]}" marks something still to come; fill it in before posting.` });
    }
    for (const m of /xx/i.test(text) || /[$€£¥]\s?[Xx]/.test(text) ? text.matchAll(XX) : []) {
      add({
        start: m.index,
        end: m.index + m[0].length,
        severity: 'critical',
        message: `"${m[0]}" is a number or date that was never filled in.`,
      });
    }
    const head = DRAFT_HEAD.exec(text);
    if (head) {
      const start = head.index + head[0].search(/\S/u);
      add({ start, end: head.index + head[0].length, severity: 'critical', message: 'The draft still opens with a "draft" mark for the team.', suggestion: 'Remove the mark before posting.' });
    }
    // Before the marks and notes it holds, so that the whole wrap is reported.
    for (const m of /[*#>[]/.test(text) ? text.matchAll(WRAP) : []) {
      if (m[3]![0] !== CLOSES[m[1]![0]!]) continue;
      const inner = m[2]!;
      if (notes(inner).length === 0 && editorial(inner).length === 0 && instructions(inner).length === 0) continue;
      add({ start: m.index, end: m.index + m[0].length, severity: 'critical', message: `"${m[0]}" is a note for the team, not for the audience.`, suggestion: 'Remove the note before posting.' });
    }
    for (const m of editorial(text)) {
      const mark = excerpt(m.start, m.end);
      // "Link here: https://…" points at a real link: the blank was filled in.
      if (/^(?:link|url|enlace)/iu.test(mark) && /^[\s:→👉👇-]*(?:https?:\/\/|www\.)/u.test(text.slice(m.end, m.end + 12))) continue;
      const dummy = /lorem|dolor sit|dummy|relleno|placeholder|prueba/i.test(mark);
      add({
        start: m.start,
        end: m.end,
        severity: 'critical',
        message: dummy ? `"${mark}" is dummy text, not the real copy.` : `"${mark}" is a note for the team, not for the audience.`,
        suggestion: dummy ? undefined : 'Remove the note before posting.',
      });
    }
    for (const m of notes(text)) {
      const before = text[m.start - 1];
      if (!(atClauseStart(text, m.start) || before === '#' || before === '>') || !noteEnds(text, m.end)) continue;
      add({ start: m.start, end: m.end, severity: 'critical', message: `"${excerpt(m.start, m.end)}" is a note for the team, not for the audience.`, suggestion: 'Fill it in or remove the note before posting.' });
    }
    for (const m of text.includes('?') ? questions(text) : []) {
      const mark = text.indexOf('?', m.end);
      if (mark < 0 || mark - m.end > QUESTION_REACH || /[.!\n]/.test(text.slice(m.end, mark))) continue;
      add({ start: m.start, end: mark + 1, severity: 'warning', message: `"${excerpt(m.start, mark + 1)}" is a question for the team about this post, not for the audience.`, suggestion: 'Remove it before posting.' });
    }
    for (const m of text.includes('(') || text.includes('[') || /[—–-]/.test(text) ? text.matchAll(CONDITIONAL_EDIT) : []) {
      const start = m.index + m[0].indexOf(m[1]!);
      add({ start, end: start + m[1]!.length, severity: 'warning', message: `"${m[1]}" reads as a note for whoever posts, not for the audience.`, suggestion: 'Make the change now and remove the note.' });
    }
    for (const m of text.matchAll(ALTERNATIVE)) {
      if (NUMBERED.test(m[0]) && FIRST_OPTION.test(text)) continue;
      const label = m[0].replace(/[ \t]*[:\-–—]$/u, '');
      add({ start: m.index, end: m.index + label.length, severity: 'warning', message: `"${label}" marks a second version of the post; only one should go out.`, suggestion: 'Keep one version and remove the other.' });
    }
    for (const m of text.includes('\n') ? text.matchAll(SEPARATOR) : []) {
      if (!/\S/u.test(text.slice(0, m.index))) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      add({ start, end: start + m[1]!.length, severity: 'warning', message: 'This draft holds two alternative versions of the post; only one should go out.', suggestion: 'Keep one version and remove the other.' });
    }
    for (const m of instructions(text)) {
      if (!atClauseStart(text, m.start) || !atClauseEnd(text, m.end)) continue;
      add({
        start: m.start,
        end: m.end,
        severity: 'warning',
        message: `"${excerpt(m.start, m.end)}" reads as an instruction for whoever posts, not for the audience.`,
        suggestion: 'Keep the brief out of the post.',
      });
    }
    const folded = foldApostrophes(text);
    const briefs = [
      ...requests(folded).map((m) => ({ m, object: SHARE.test(folded.slice(m.start, m.end)) ? [POST_OBJECT] : [POST_OBJECT, BARE_OBJECT] })),
      ...handovers(folded).map((m) => ({ m, object: [HANDOVER_OBJECT] })),
    ];
    for (const { m, object } of briefs) {
      const rest = folded.slice(m.end, sentenceEnd(folded, m.end, REQUEST_REACH));
      const found = object.map((re) => re.exec(rest)).find((x) => x);
      // "…the text to post on your socials": a campaign's kit for its supporters, meant to be public.
      if (!found || YOUR_CHANNELS.test(rest)) continue;
      const end = m.end + found.index + found[0].length;
      add({
        start: m.start,
        end,
        severity: 'warning',
        message: `"${excerpt(m.start, end)}" reads as a request to whoever posts, from a brief, not a post for the audience.`,
        suggestion: 'Keep only the text meant for the audience.',
      });
    }
    for (const m of text.includes('@') ? text.matchAll(TAG) : []) {
      const start = m.index + m[0].indexOf(m[1]!);
      add({
        start,
        end: start + m[1]!.length,
        severity: 'warning',
        message: `"${m[1]}" reads as an instruction for whoever posts, not for the audience.`,
        suggestion: 'Keep the brief out of the post.',
      });
    }
    for (const m of text.includes(':') ? text.matchAll(labels) : []) {
      const label = m[1]!;
      const start = m.index + m[0].indexOf(label);
      add({
        start,
        end: start + label.length,
        severity: 'warning',
        message: `"${label}" looks like a label from a content brief pasted in with the post.`,
        suggestion: 'Keep only the text meant for the audience.',
      });
    }
    const blanks = [...(/[A-Z]{3}/.test(text) ? text.matchAll(CAPS_BLANK) : [])].filter((m) => {
      // Only among lower-case words: "CLICK THE LINK" is shouting, not a blank.
      const before = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
      const after = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
      if ((before && CAPS_WORD.test(before)) || (after && CAPS_WORD.test(after))) return false;
      return !(!before && !after);
    });
    const enough = blanks.length >= 2 || blanks.some((m) => !WEAK_BLANK.has(m[0]));
    for (const m of enough ? blanks : []) {
      add({
        start: m.index,
        end: m.index + m[0].length,
        severity: 'warning',
        message: `"${m[0]}" looks like a blank that was never filled in.`,
      });
    }
    for (const m of text.includes('TB') ? text.matchAll(TBC) : []) {
      add({ start: m.index, end: m.index + m[0].length, severity: 'info', message: `"${m[0]}" is still to be confirmed; fill it in if you can.` });
    }
    found.sort((a, b) => a.start - b.start);
    return found.map(({ suggestion, ...f }): Report => (suggestion ? { ...f, suggestion } : f));
  },
};
