// The worker's entry (src/background/index.ts): each listener is added once, at start-up.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../helpers/fake-browser';

const holder = vi.hoisted(() => ({ browser: undefined as unknown as ReturnType<typeof worker> }));
function worker() {
  return {
    ...fakeBrowser(),
    runtime: { ...fakeBrowser().runtime, onMessage: { addListener: vi.fn() } },
    tabs: { onRemoved: { addListener: vi.fn() } },
  };
}
vi.mock('webextension-polyfill', () => ({ default: (holder.browser = worker()) }));

describe('worker entry', () => {
  it('adds its listeners once, and storage changes add none', async () => {
    vi.useFakeTimers(); // no engine warm-up here
    try {
      await import('../../src/background/index');
      const b = holder.browser;
      expect(b.runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
      expect(b.alarms.onAlarm.addListener).toHaveBeenCalledTimes(1);
      expect(b.tabs.onRemoved.addListener).toHaveBeenCalledTimes(1);
      // Every review writes storage: each change used to add one more tab listener.
      for (let i = 0; i < 3; i++) await b.storage.local.set({ accountsSeen: [i] });
      await b.storage.managed.set({ brandDomains: ['example.com'] });
      expect(b.tabs.onRemoved.addListener).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
