// An in-memory stand-in for webextension-polyfill's `browser` in unit tests (the real one throws
// outside an extension): storage areas, alarms, notifications and runtime.getURL.
import { vi } from 'vitest';

function area(initial: Record<string, unknown> = {}) {
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
      Object.assign(data, structuredClone(items));
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
  };
}

export function fakeBrowser() {
  return {
    storage: { local: area(), session: area(), managed: area() },
    alarms: { create: vi.fn(async () => undefined), onAlarm: { addListener: vi.fn() } },
    notifications: { create: vi.fn(async () => 'id') },
    runtime: { id: 'test-extension', getURL: (p: string) => `chrome-extension://test-extension/${p}` },
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;
