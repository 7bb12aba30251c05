// Spans of quoted speech ("…", “…”, «…»): a brand quoting a customer or an employee speaks in their
// voice, so first-person or blunt wording inside quotes is not the brand's own.
export interface Span {
  start: number;
  end: number;
}

const QUOTED = /"[^"\n]{1,400}"|“[^”\n]{1,400}”|«[^»\n]{1,400}»/gu;

export function quotedSpans(text: string): Span[] {
  return [...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export const inside = (spans: readonly Span[], start: number, end: number) =>
  spans.some((s) => s.start <= start && s.end >= end);
