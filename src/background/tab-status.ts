// What the popup shows about the current tab: the site, the account last seen posting there, and
// whether the composer could be read. Kept in session storage: gone when the browser closes.
import browser from 'webextension-polyfill';
import type { Platform } from '../core/types';

export interface TabStatus {
  platform: Platform;
  account?: string;
  /** False when the last send there could not be read (the site changed its markup). */
  readable: boolean;
  /** What could not be read, when readable is false. */
  missing?: string[];
  at: string;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function setTabStatus(tabId: number, status: TabStatus): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: status });
}

export async function tabStatus(tabId: number): Promise<TabStatus | undefined> {
  return (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabStatus | undefined;
}

export async function clearTabStatus(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
