// `--pretty`: a report a person can read in a terminal. The flagged words are shown in place, in
// inverse video on a terminal and between »…« otherwise (so the report survives a pipe or a file).
import type { Finding, Review } from '../core/types';
import type { Id } from './draft-line';

export interface Style {
  ansi: boolean;
}

const CONTEXT = 50; // characters of the draft shown either side of a flagged excerpt

const sgr = (on: boolean, code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
const VERDICT_COLOR = { stop: '31', caution: '33', clear: '32' } as const;

/** Never cut a surrogate pair in half at the edge of the shown context. */
const safeStart = (text: string, i: number) => (/[\uDC00-\uDFFF]/.test(text[i] ?? '') && i > 0 ? i - 1 : i);
const safeEnd = (text: string, i: number) => (/[\uDC00-\uDFFF]/.test(text[i] ?? '') ? i + 1 : i);
const oneLine = (s: string) => s.replace(/\s/g, ' ');

/** The draft around [start, end), with the excerpt highlighted. */
export function highlight(text: string, start: number, end: number, { ansi }: Style): string {
  const from = safeStart(text, Math.max(0, start - CONTEXT));
  const to = safeEnd(text, Math.min(text.length, end + CONTEXT));
  const mark = oneLine(text.slice(start, end));
  return [
    from > 0 ? '…' : '',
    oneLine(text.slice(from, start)),
    ansi ? `\x1b[7m${mark}\x1b[27m` : `»${mark}«`,
    oneLine(text.slice(end, to)),
    to < text.length ? '…' : '',
  ].join('');
}

function finding(text: string, f: Finding, style: Style): string[] {
  const lines = [`  ${f.severity.padEnd(8)} ${f.category}: ${f.message}`];
  if (f.suggestion) lines.push(`           suggestion: ${f.suggestion}`);
  if (f.start !== undefined) lines.push(`           ${highlight(text, f.start, f.end ?? f.start, style)}`);
  return lines;
}

export function prettyReview(id: Id, text: string, r: Review, style: Style): string {
  const head = `${String(id)}  ${sgr(style.ansi, `1;${VERDICT_COLOR[r.verdict]}`, r.verdict.toUpperCase())}`;
  const body = r.findings.length ? r.findings.flatMap((f) => finding(text, f, style)) : ['  no findings'];
  return [head, ...body, ''].join('\n');
}

export function prettyError(label: string, error: string, style: Style): string {
  return `${label}  ${sgr(style.ansi, '1;35', 'ERROR')}\n  ${error}\n`;
}

export function prettySummary(counts: Record<string, number>): string {
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
  return `${parts.join(', ') || 'no drafts'}\n`;
}
