// Calls `reload` when the extension's storage changes (a save here, the popup, the worker, or a
// managed policy pushed while the page is open), so the page never shows stale settings.
// `relevant` picks the changes that matter to the page (default: any change in these areas).
import { useEffect } from 'preact/hooks';
import browser, { type Storage } from 'webextension-polyfill';

export type StorageChanges = Record<string, Storage.StorageChange>;

const AREAS: readonly string[] = ['local', 'managed', 'session'];
const anyChange = (_changes: StorageChanges, area: string) => AREAS.includes(area);

export function useStorageChanges(reload: () => void, relevant: (changes: StorageChanges, area: string) => boolean = anyChange): void {
  useEffect(() => {
    const listener = (changes: StorageChanges, area: string) => {
      if (relevant(changes, area)) reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
}
