// Calls `reload` when the extension's storage changes (a save here, the popup, the worker, or a
// managed policy pushed while the page is open), so the page never shows stale settings.
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';

export function useStorageChanges(reload: () => void, areas: readonly string[] = ['local', 'managed', 'session']): void {
  useEffect(() => {
    const listener = (_changes: unknown, area: string) => {
      if (areas.includes(area)) reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
}
