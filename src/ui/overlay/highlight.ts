// Splits a draft into plain and highlighted runs for the findings' [start, end) ranges.
export interface Run {
  text: string;
  marked: boolean;
}

export function highlightRuns(text: string, ranges: readonly { start?: number; end?: number }[]): Run[] {
  const spans = ranges
    .filter((r): r is { start: number; end: number } => r.start !== undefined && r.end !== undefined && r.end > r.start)
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    if (start > at) runs.push({ text: text.slice(at, start), marked: false });
    runs.push({ text: text.slice(start, s.end), marked: true });
    at = s.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}
