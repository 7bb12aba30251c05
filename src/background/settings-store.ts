// The person's own settings (not part of the team's policy file).
import browser from 'webextension-polyfill';

export interface Settings {
  /** Keep each reviewed draft's text in the local journal. */
  keepDraftText: boolean;
  /** The journal keeps at most this many entries (the newest). */
  journalLimit: number;
  /** In crisis mode, how long Post anyway waits before it can be pressed. */
  crisisCooldownSeconds: number;
  /** In crisis mode, when to remind the person to come back and watch the replies (0 = never). */
  crisisReminderMinutes: number;
  /** Ask once, at an account's first post, whether it is a brand or a personal account. */
  askAboutNewAccounts: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  keepDraftText: true,
  journalLimit: 5000,
  crisisCooldownSeconds: 10,
  crisisReminderMinutes: 30,
  askAboutNewAccounts: true,
};

export const SETTINGS_KEY = 'settings';

const clampInt = (x: unknown, min: number, max: number, fallback: number) =>
  typeof x === 'number' && Number.isFinite(x) ? Math.min(max, Math.max(min, Math.round(x))) : fallback;

/** Any stored value, however damaged, becomes valid settings (defaults where it is wrong). */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const d = DEFAULT_SETTINGS;
  return {
    keepDraftText: typeof r.keepDraftText === 'boolean' ? r.keepDraftText : d.keepDraftText,
    journalLimit: clampInt(r.journalLimit, 10, 100_000, d.journalLimit),
    crisisCooldownSeconds: clampInt(r.crisisCooldownSeconds, 0, 600, d.crisisCooldownSeconds),
    crisisReminderMinutes: clampInt(r.crisisReminderMinutes, 0, 24 * 60, d.crisisReminderMinutes),
    askAboutNewAccounts: typeof r.askAboutNewAccounts === 'boolean' ? r.askAboutNewAccounts : d.askAboutNewAccounts,
  };
}

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
