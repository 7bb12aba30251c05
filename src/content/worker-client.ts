// Calls into the worker with a deadline. Every failure becomes ReviewUnavailable, so the caller has
// one thing to handle: tell the person and let them post.
import { envelope, type Answer, type Method, type Methods } from '../shared/messages';
import { t } from '../ui/i18n';

export class ReviewUnavailable extends Error {}

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * The browser's own promise-based runtime (browser.* in Firefox, chrome.* in Chromium MV3). The
 * content script runs in every page of the three sites: webextension-polyfill would add ~3 KiB
 * gzipped to each, for one call.
 */
function runtime(): Runtime | undefined {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** True while this content script still belongs to a live extension (false after a reload or update). */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

export async function callWorker<M extends Method>(
  method: M,
  params: Methods[M]['params'],
  timeoutMs: number,
): Promise<Methods[M]['result']> {
  if (!extensionAlive()) throw new ReviewUnavailable(t('unavailable_reloaded'));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReviewUnavailable(t('unavailable_timeout'))), timeoutMs);
  });
  try {
    const answer = (await Promise.race([runtime()!.sendMessage(envelope(method, params)), deadline])) as
      | Answer<Methods[M]['result']>
      | undefined;
    if (!answer) throw new ReviewUnavailable(t('unavailable_no_answer'));
    if (!answer.ok) throw new ReviewUnavailable(t('unavailable_failed')); // the worker's own words are for developers
    return answer.value;
  } catch (e) {
    throw e instanceof ReviewUnavailable ? e : new ReviewUnavailable(t(extensionAlive() ? 'unavailable_failed' : 'unavailable_reloaded'));
  } finally {
    clearTimeout(timer);
  }
}
