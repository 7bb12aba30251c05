// Which composers the adapters recognised but could not read, so the popup can say "Second Look
// can't read this composer" and the team knows which selector to fix. Never holds any text.
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { PLATFORMS } from '../core/types';
import type { UnreadableReport } from '../shared/messages';

const short = v.pipe(v.string(), v.maxLength(60));
const ReportSchema = v.object({
  platform: v.picklist(PLATFORMS),
  kind: short,
  missing: v.pipe(v.array(short), v.maxLength(10)),
  path: v.pipe(v.string(), v.maxLength(300)),
});

export function asUnreadableReport(value: unknown): UnreadableReport | undefined {
  const r = v.safeParse(ReportSchema, value);
  return r.success ? r.output : undefined;
}

export const UNREADABLE_KEY = 'unreadable';
const KEEP = 50;

export interface UnreadableEntry extends UnreadableReport {
  count: number;
  lastSeen: string;
}

export async function recordUnreadable(report: UnreadableReport, now = new Date()): Promise<void> {
  const stored = (await browser.storage.local.get(UNREADABLE_KEY))[UNREADABLE_KEY];
  const entries: UnreadableEntry[] = Array.isArray(stored) ? stored : [];
  const key = (e: UnreadableReport) => `${e.platform}|${e.kind}|${e.missing.join(',')}`;
  const same = entries.find((e) => key(e) === key(report));
  const entry: UnreadableEntry = { ...report, count: (same?.count ?? 0) + 1, lastSeen: now.toISOString() };
  const next = [entry, ...entries.filter((e) => e !== same)].slice(0, KEEP);
  await browser.storage.local.set({ [UNREADABLE_KEY]: next });
}
