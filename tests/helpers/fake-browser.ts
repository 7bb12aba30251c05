// An in-memory stand-in for webextension-polyfill's `browser` in unit tests (the real one throws
// outside an extension): storage areas with storage.onChanged, alarms, notifications,
// runtime.getURL and runtime.sendMessage (answers nothing unless a test gives it an answer).
import { vi } from 'vitest';

type Change = { oldValue?: unknown; newValue?: unknown };
type ChangeListener = (changes: Record<string, Change>, area: string) => void;

/** storage.onChanged: like Firefox, it reports every key written, changed or not (Chrome leaves out unchanged ones). */
function changeEvent() {
  const listeners = new Set<ChangeListener>();
  return {
    addListener: (l: ChangeListener) => void listeners.add(l),
    removeListener: (l: ChangeListener) => void listeners.delete(l),
    hasListeners: () => listeners.size > 0,
    emit(changes: Record<string, Change>, areaName: string) {
      if (Object.keys(changes).length) for (const l of [...listeners]) l(structuredClone(changes), areaName);
    },
  };
}

function area(name: string, onChanged: ReturnType<typeof changeEvent>, initial: Record<string, unknown> = {}) {
  let data: Record<string, unknown> = structuredClone(initial);
  return {
    data: () => data,
    reset(next: Record<string, unknown> = {}) {
      data = structuredClone(next);
    },
    async get(keys?: string | string[] | null) {
      if (keys === undefined || keys === null) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>) {
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { ...(k in data ? { oldValue: data[k] } : {}), newValue: v }]));
      Object.assign(data, structuredClone(items));
      onChanged.emit(changes, name);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, Change> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (k in data) changes[k] = { oldValue: data[k] };
        delete data[k];
      }
      onChanged.emit(changes, name);
    },
  };
}

export function fakeBrowser() {
  const onChanged = changeEvent();
  return {
    storage: { local: area('local', onChanged), session: area('session', onChanged), managed: area('managed', onChanged), onChanged },
    alarms: { create: vi.fn(async () => undefined), onAlarm: { addListener: vi.fn() } },
    notifications: { create: vi.fn(async () => 'id') },
    runtime: {
      id: 'test-extension',
      getURL: (p: string) => `chrome-extension://test-extension/${p}`,
      sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
    },
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;
