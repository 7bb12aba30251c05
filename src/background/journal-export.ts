// The journal as files a person can open: CSV for a spreadsheet, JSON for tools.
import type { JournalEntry } from './journal';

const COLUMNS = ['at', 'platform', 'account', 'context', 'replyTo', 'verdict', 'mode', 'crisis', 'action', 'rules', 'categories', 'excerpts', 'mistake', 'text'] as const;

const cell = (value: unknown): string => {
  const s = value === undefined || value === null ? '' : String(value);
  // Quote every cell that needs it (RFC 4180); a leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function journalCsv(entries: readonly JournalEntry[]): string {
  const rows = entries.map((e) =>
    [
      e.at,
      e.platform,
      e.account,
      e.context,
      e.replyTo,
      e.verdict,
      e.mode,
      e.crisis,
      e.action,
      e.findings.map((f) => f.rule).join('; '),
      [...new Set(e.findings.map((f) => f.category))].join('; '),
      e.findings.map((f) => f.excerpt ?? '').filter(Boolean).join(' | '),
      e.mistake,
      e.text,
    ]
      .map(cell)
      .join(','),
  );
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export const journalJson = (entries: readonly JournalEntry[]) => `${JSON.stringify(entries, null, 2)}\n`;
