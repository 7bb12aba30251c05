// The local journal: every review, what it found and what the person did, to learn from
// near-misses. IndexedDB (shared by the worker and the extension's pages), never the network.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AccountMode } from '../core/policy/types';
import { PLATFORMS, type Category, type DraftContext, type Platform, type Severity, type Verdict } from '../core/types';

/** What the person did with a reviewed draft. */
export type JournalAction = 'pending' | 'posted' | 'posted-anyway' | 'edited' | 'left';

export interface JournalFinding {
  rule: string;
  category: Category;
  severity: Severity;
  excerpt?: string;
}

export interface JournalEntry {
  id?: number;
  /** ISO time of the review. */
  at: string;
  platform: Platform;
  account?: string;
  context: DraftContext;
  replyTo?: string;
  verdict: Verdict;
  mode: AccountMode;
  /** The crisis topic, when the account was in crisis mode. */
  crisis?: string;
  findings: JournalFinding[];
  action: JournalAction;
  /** The draft, unless the person turned keeping it off. */
  text?: string;
  /** "This was a mistake": what went wrong, in the person's words. */
  mistake?: string;
}

interface JournalDB extends DBSchema {
  journal: { key: number; value: JournalEntry };
}

let db: Promise<IDBPDatabase<JournalDB>> | undefined;
const open = () =>
  (db ??= openDB<JournalDB>('second-look', 1, {
    upgrade(d) {
      d.createObjectStore('journal', { keyPath: 'id', autoIncrement: true });
    },
  }).catch((e: unknown) => {
    db = undefined; // try again next time rather than keep a journal that failed to open for good
    throw e;
  }));

/** Adds an entry and trims the oldest beyond `limit`; the newest are never lost. */
export async function addEntry(entry: JournalEntry, limit: number): Promise<number> {
  const d = await open();
  const { id: _ignored, ...fresh } = entry; // the store assigns ids, in order
  // Added and counted in one transaction: one round trip to the database instead of two.
  const tx = d.transaction('journal', 'readwrite');
  const [id, count] = await Promise.all([tx.store.add(fresh), tx.store.count(), tx.done]);
  const excess = count - limit;
  if (excess > 0) {
    const tx = d.transaction('journal', 'readwrite');
    let cursor = await tx.store.openCursor(); // oldest first
    for (let i = 0; i < excess && cursor; i++) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }
  return id;
}

/** Puts `entry` in the place of entry `id` (a review redone), or adds it when that one is gone. */
export async function replaceEntry(id: number, entry: JournalEntry, limit: number): Promise<number> {
  const d = await open();
  if (!(await d.get('journal', id))) return addEntry(entry, limit);
  await d.put('journal', { ...entry, id });
  return id;
}

export async function updateEntry(id: number, patch: Partial<Pick<JournalEntry, 'action' | 'mistake'>>): Promise<void> {
  const d = await open();
  const tx = d.transaction('journal', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry) await tx.store.put({ ...entry, ...patch });
  await tx.done;
}

/**
 * Whether a stored record has the shape every reader relies on. A damaged record (a disk or
 * profile gone wrong, a downgrade) is skipped by the readers below rather than breaking the
 * options page and popup for every other entry: the journal keeps what it can.
 */
export function isJournalEntry(value: unknown): value is JournalEntry {
  const e = value as Partial<JournalEntry> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.at === 'string' &&
    PLATFORMS.includes(e.platform as Platform) &&
    typeof e.action === 'string' &&
    typeof e.verdict === 'string' &&
    Array.isArray(e.findings) &&
    e.findings.every((f) => typeof f === 'object' && f !== null && typeof f.rule === 'string')
  );
}

export async function entryById(id: number): Promise<JournalEntry | undefined> {
  if (!Number.isFinite(id)) return undefined;
  const entry: unknown = await (await open()).get('journal', id);
  return isJournalEntry(entry) ? entry : undefined;
}

/** Newest first, at most `limit`. */
export async function recentEntries(limit = 200): Promise<JournalEntry[]> {
  const d = await open();
  const out: JournalEntry[] = [];
  let cursor = await d.transaction('journal').store.openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    if (isJournalEntry(cursor.value)) out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export async function allEntries(): Promise<JournalEntry[]> {
  return ((await (await open()).getAll('journal')) as unknown[]).filter(isJournalEntry);
}

export async function clearJournal(): Promise<void> {
  await (await open()).clear('journal');
}

export interface RuleOverrides {
  rule: string;
  /** Reviews where the rule flagged something (above a hint) and the person decided. */
  shown: number;
  /** Of those, how many the person posted anyway. */
  overridden: number;
}

/** Per rule, how often people post anyway: a rule overridden most of the time is noise. */
export function overrideStats(entries: readonly JournalEntry[]): RuleOverrides[] {
  const by = new Map<string, RuleOverrides>();
  for (const e of entries) {
    if (e.action === 'pending' || e.action === 'left') continue;
    for (const rule of new Set(e.findings.filter((f) => f.severity !== 'info').map((f) => f.rule))) {
      const s = by.get(rule) ?? { rule, shown: 0, overridden: 0 };
      s.shown++;
      if (e.action === 'posted-anyway') s.overridden++;
      by.set(rule, s);
    }
  }
  return [...by.values()].sort((a, b) => b.overridden / b.shown - a.overridden / a.shown || b.shown - a.shown);
}
