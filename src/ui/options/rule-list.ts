// Each rule's metadata (id, category, default severity, description), asked of the worker. The
// rules' metadata lives next to their code in core/rules: importing it here pulled the whole review
// engine (~430 KB of rules, lexicons and libraries) into the options page to read twenty records.
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { RuleMeta } from '../../core/rule';
import { CATEGORIES } from '../../core/types';
import { envelope, type Answer } from '../../shared/messages';

const RuleMetaSchema = v.object({
  id: v.string(),
  category: v.picklist(CATEGORIES),
  severity: v.picklist(['info', 'warning', 'critical']),
  description: v.string(),
});
const RuleListSchema = v.array(RuleMetaSchema);

/** A stopped worker starts in well under a second; a worker that never answers is reported, not waited for. */
export const RULE_LIST_TIMEOUT_MS = 10_000;

export type Send = (message: unknown) => Promise<unknown>;

export async function loadRuleList(send: Send = (m) => browser.runtime.sendMessage(m), timeoutMs = RULE_LIST_TIMEOUT_MS): Promise<RuleMeta[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the worker did not answer')), timeoutMs);
  });
  try {
    const answer = (await Promise.race([send(envelope('ruleList', null)), deadline])) as Partial<Answer<unknown>> | undefined;
    if (answer?.ok === false) throw new Error(String(answer.error));
    const list = v.safeParse(RuleListSchema, answer?.ok === true ? answer.value : undefined);
    if (!list.success) throw new Error('the worker gave no rule list');
    return list.output;
  } finally {
    clearTimeout(timer);
  }
}
