import { resolveAccount } from './policy/account';
import type { Policy } from './policy/types';
import { MAX_FINDINGS_PER_RULE, type Rule, type RuleContext } from './rule';
import { rules as defaultRules } from './rules/index';
import { dropAllowed } from './text/allowed';
import type { Draft, Finding, Review, Severity, Verdict } from './types';

const RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

/** A team's severity for a rule replaces its warnings and critical findings; hints stay hints. */
const adjusted = (severity: Severity, teamSeverity: Severity | undefined): Severity =>
  teamSeverity && severity !== 'info' ? teamSeverity : severity;

export { MAX_FINDINGS_PER_RULE };

export function verdictOf(findings: readonly Finding[]): Verdict {
  let worst = -1;
  for (const f of findings) worst = Math.max(worst, RANK[f.severity]);
  return worst >= RANK.critical ? 'stop' : worst >= RANK.warning ? 'caution' : 'clear';
}

/**
 * Review a draft as a careful colleague would: every rule runs on the draft in its context.
 * Pure and synchronous; a rule that throws is skipped rather than sinking the whole review.
 */
export function review(draft: Draft, policy: Policy, now: Date, rules: readonly Rule[] = defaultRules): Review {
  const ctx: RuleContext = { draft, text: draft.text, policy, account: resolveAccount(draft, policy, now), now };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = policy.rules?.[rule.meta.id];
    if (setting?.enabled === false) continue;
    let reports;
    try {
      reports = rule.check(ctx);
    } catch {
      continue;
    }
    // The team's allowed terms silence whatever any rule finds inside them.
    for (const r of dropAllowed(draft.text, policy, reports).slice(0, MAX_FINDINGS_PER_RULE)) {
      findings.push({
        rule: rule.meta.id,
        category: rule.meta.category,
        severity: adjusted(r.severity ?? rule.meta.severity, setting?.severity),
        message: r.message,
        ...(r.start !== undefined ? { start: r.start, end: r.end ?? r.start } : {}),
        ...(r.suggestion ? { suggestion: r.suggestion } : {}),
      });
    }
  }
  findings.sort((a, b) => RANK[b.severity] - RANK[a.severity] || (a.start ?? 0) - (b.start ?? 0));
  return { verdict: verdictOf(findings), findings };
}
