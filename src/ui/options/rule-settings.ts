// Per-rule settings as the policy stores them: only what differs from the shipped rule is written,
// so a policy stays short and a rule nobody touched follows future defaults.
import type { RuleSetting } from '../../core/policy/types';
import type { Severity } from '../../core/types';

export type RuleSettings = Record<string, RuleSetting>;
export type SeverityChoice = Severity | 'default';

export function withRuleSetting(all: RuleSettings, id: string, change: { enabled?: boolean; severity?: SeverityChoice }): RuleSettings {
  const next: RuleSetting = { ...all[id] };
  if (change.enabled !== undefined) {
    if (change.enabled) delete next.enabled;
    else next.enabled = false;
  }
  if (change.severity !== undefined) {
    if (change.severity === 'default') delete next.severity;
    else next.severity = change.severity;
  }
  const out = { ...all };
  if (Object.keys(next).length === 0) delete out[id];
  else out[id] = next;
  return out;
}

export const ruleEnabled = (all: RuleSettings, id: string) => all[id]?.enabled !== false;
export const ruleSeverity = (all: RuleSettings, id: string): SeverityChoice => all[id]?.severity ?? 'default';
