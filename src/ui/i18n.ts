// UI strings through the browser's i18n (_locales/<lang>/messages.json). English is bundled as the
// fallback for places without browser.i18n: unit tests, the CLI, and a page whose extension was
// reloaded under it.
import en from '../../public/_locales/en/messages.json';

type Key = keyof typeof en;

const english = (key: Key, subs: readonly string[]) =>
  en[key].message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const placeholders = (en[key] as { placeholders?: Record<string, { content: string }> }).placeholders;
    const slot = placeholders?.[name.toLowerCase()]?.content;
    return slot ? (subs[Number(slot.slice(1)) - 1] ?? '') : '';
  });

export function t(key: Key, ...subs: (string | number)[]): string {
  const s = subs.map(String);
  try {
    const translated = (globalThis as { chrome?: { i18n?: { getMessage(k: string, s?: string[]): string } } }).chrome?.i18n?.getMessage(key, s);
    if (translated) return translated;
  } catch {
    // the extension context is gone: fall back to English
  }
  return english(key, s);
}
