// The worker's front door: answers only its own content scripts on the supported sites, and only
// well-formed envelopes. Anything else is ignored (no answer at all).
import { asDraft } from '../core/draft-schema';
import type { Answer, Envelope } from '../shared/messages';
import { platformOfUrl } from '../shared/sites';
import { asUnreadableReport, recordUnreadable } from './diagnostics';
import { handleReview } from './handlers';

export interface Sender {
  id?: string;
  tab?: { url?: string };
  url?: string;
}

export function isTrustedSender(sender: Sender, runtimeId: string): boolean {
  if (sender.id !== runtimeId) return false;
  // A content script has a tab on a supported site; the extension's own pages have no tab.
  return sender.tab ? platformOfUrl(sender.tab.url) !== undefined : sender.url?.startsWith('chrome-extension://') === true;
}

function isEnvelope(msg: unknown): msg is Envelope {
  return typeof msg === 'object' && msg !== null && (msg as Envelope).app === 'second-look' && typeof (msg as Envelope).method === 'string';
}

/** The answer to a message, or undefined (decided at once) when the message is not ours to answer. */
export function route(msg: unknown, sender: Sender, runtimeId: string): Promise<Answer<unknown>> | undefined {
  if (!isEnvelope(msg) || !isTrustedSender(sender, runtimeId)) return undefined;
  return answer(msg);
}

async function answer(msg: Envelope): Promise<Answer<unknown>> {
  try {
    switch (msg.method) {
      case 'wake':
        return { ok: true, value: { awake: true } };
      case 'review': {
        const draft = asDraft(msg.params);
        if (!draft) return { ok: false, error: 'The draft could not be read.' };
        return { ok: true, value: await handleReview(draft) };
      }
      case 'reportUnreadable': {
        const report = asUnreadableReport(msg.params);
        if (!report) return { ok: false, error: 'The report could not be read.' };
        await recordUnreadable(report);
        return { ok: true, value: { recorded: true } };
      }
      default:
        return { ok: false, error: `Unknown method ${String(msg.method)}.` };
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
