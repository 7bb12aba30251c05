// The worker's front door: answers only its own content scripts on the supported sites, and only
// well-formed envelopes. Anything else is ignored (no answer at all).
import * as v from 'valibot';
import { asDraft } from '../core/draft-schema';
import { PLATFORMS } from '../core/types';
import type { Answer, Envelope } from '../shared/messages';
import { platformOfUrl } from '../shared/sites';
import { asUnreadableReport, recordUnreadable } from './diagnostics';
import { handleAccountKind, handleOutcome, handleReview, handleRuleList } from './handlers';
import { setTabStatus } from './tab-status';

export interface Sender {
  id?: string;
  tab?: { id?: number; url?: string };
  url?: string;
}

const OutcomeSchema = v.object({
  reviewId: v.pipe(v.number(), v.integer()),
  action: v.picklist(['posted', 'posted-anyway', 'edited', 'left']),
});
const AccountKindSchema = v.object({
  platform: v.picklist(PLATFORMS),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  kind: v.picklist(['brand', 'personal', 'skip']),
});
const NoParamsSchema = v.nullish(v.null());

/** The extension's own pages (options, popup): their frame is on the extension's origin. */
const isExtensionPage = (sender: Sender) => /^(chrome|moz)-extension:\/\//.test(sender.url ?? '');

export function isTrustedSender(sender: Sender, runtimeId: string): boolean {
  if (sender.id !== runtimeId) return false;
  // The extension's own pages: their frame is on the extension's origin. Checked before the tab:
  // the options page opens in a tab (options_ui.open_in_tab), and so does any page of ours that a
  // person opens by URL, so "no tab" alone missed them and their messages went unanswered.
  if (isExtensionPage(sender)) return true;
  // A content script: its frame and tab are on a supported site.
  return sender.tab ? platformOfUrl(sender.tab.url) !== undefined : false;
}

function isEnvelope(msg: unknown): msg is Envelope {
  return typeof msg === 'object' && msg !== null && (msg as Envelope).app === 'second-look' && typeof (msg as Envelope).method === 'string';
}

/** The answer to a message, or undefined (decided at once) when the message is not ours to answer. */
export function route(msg: unknown, sender: Sender, runtimeId: string): Promise<Answer<unknown>> | undefined {
  if (!isEnvelope(msg) || !isTrustedSender(sender, runtimeId)) return undefined;
  return answer(msg, sender.tab?.id, isExtensionPage(sender));
}

async function answer(msg: Envelope, tabId: number | undefined, fromOwnPage: boolean): Promise<Answer<unknown>> {
  try {
    switch (msg.method) {
      case 'wake':
        return { ok: true, value: { awake: true } };
      case 'review': {
        const draft = asDraft(msg.params);
        if (!draft) return { ok: false, error: 'The draft could not be read.' };
        const replaces = (msg.params as { replaces?: unknown }).replaces;
        return { ok: true, value: await handleReview(draft, tabId, new Date(), Number.isInteger(replaces) ? (replaces as number) : undefined) };
      }
      case 'outcome': {
        const o = v.safeParse(OutcomeSchema, msg.params);
        if (!o.success) return { ok: false, error: 'The outcome could not be read.' };
        await handleOutcome(o.output.reviewId, o.output.action);
        return { ok: true, value: { recorded: true } };
      }
      case 'setAccountKind': {
        const k = v.safeParse(AccountKindSchema, msg.params);
        if (!k.success) return { ok: false, error: 'The answer could not be read.' };
        await handleAccountKind(k.output.platform, k.output.id, k.output.kind);
        return { ok: true, value: { saved: true } };
      }
      case 'reportUnreadable': {
        const report = asUnreadableReport(msg.params);
        if (!report) return { ok: false, error: 'The report could not be read.' };
        await recordUnreadable(report);
        if (tabId !== undefined) await setTabStatus(tabId, { platform: report.platform, readable: false, missing: report.missing, at: new Date().toISOString() });
        return { ok: true, value: { recorded: true } };
      }
      case 'ruleList': {
        // For the options page, which shows each rule's metadata but must not load the engine to
        // read it. Content scripts have no use for it.
        if (!fromOwnPage) return { ok: false, error: 'ruleList is answered to the extension own pages only.' };
        if (!v.is(NoParamsSchema, msg.params)) return { ok: false, error: 'ruleList takes no parameters.' };
        return { ok: true, value: handleRuleList() };
      }
      default:
        return { ok: false, error: `Unknown method ${String(msg.method)}.` };
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
