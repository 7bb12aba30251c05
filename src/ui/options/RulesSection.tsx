// One row per rule the engine runs: what it looks for, on or off, and the severity of what it flags.
// Stored in the policy's `rules`, only where a setting differs from the shipped rule. The rules'
// metadata comes from the worker (rule-list.ts), so this page does not load the engine.
import { useEffect, useState } from 'preact/hooks';
import type { RuleSetting } from '../../core/policy/types';
import type { RuleMeta } from '../../core/rule';
import { severityLabel } from '../components/labels';
import { LockedNote } from '../components/LockedNote';
import { SaveBar } from '../components/SaveBar';
import { useDraft } from '../components/useDraft';
import { t } from '../i18n';
import { saveField } from './data';
import { loadRuleList } from './rule-list';
import { ruleEnabled, ruleSeverity, withRuleSetting, type SeverityChoice } from './rule-settings';

const SEVERITIES = ['info', 'warning', 'critical'] as const;

/** The rules' metadata: undefined while asked, an error message when the worker could not give it. */
function useRuleList(): [RuleMeta[] | undefined, string | undefined, () => void] {
  const [list, setList] = useState<RuleMeta[]>();
  const [error, setError] = useState<string>();
  const load = () => {
    setError(undefined);
    loadRuleList().then(setList, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  useEffect(load, []);
  return [list, error, load];
}

export function RulesSection({ settings, locked }: { settings: Record<string, RuleSetting> | undefined; locked: boolean }) {
  const [draft, setDraft] = useDraft(settings ?? {});
  const save = () => saveField('rules', Object.keys(draft).length ? draft : undefined);
  const [ruleList, listError, retry] = useRuleList();

  return (
    <section class="card" aria-labelledby="rules-h">
      <h2 id="rules-h">{t('options_rules')}</h2>
      <p class="hint">{t('options_rules_hint')}</p>
      {locked && <LockedNote />}
      {listError && (
        <p role="alert" class="error">
          {t('options_rules_error', listError)}{' '}
          <button type="button" onClick={retry}>
            {t('options_retry')}
          </button>
        </p>
      )}
      <fieldset disabled={locked}>
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">{t('options_rule')}</th>
              <th scope="col">{t('options_rule_on')}</th>
              <th scope="col">{t('options_rule_severity')}</th>
            </tr>
          </thead>
          <tbody>
            {!ruleList && !listError && (
              <tr>
                <td colSpan={3} class="muted">
                  {t('options_loading')}
                </td>
              </tr>
            )}
            {(ruleList ?? []).map((meta) => (
              <tr key={meta.id}>
                <th scope="row">
                  <code>{meta.id}</code>
                  <span class="hint"> · {meta.category}</span>
                  <div class="description">{meta.description}</div>
                </th>
                <td>
                  <label class="inline">
                    <input
                      type="checkbox"
                      checked={ruleEnabled(draft, meta.id)}
                      onChange={(e) => setDraft(withRuleSetting(draft, meta.id, { enabled: e.currentTarget.checked }))}
                    />
                    <span class="sr-only">{t('options_rule_on_for', meta.id)}</span>
                  </label>
                </td>
                <td>
                  <label for={`severity-${meta.id}`} class="sr-only">
                    {t('options_rule_severity_for', meta.id)}
                  </label>
                  <select
                    id={`severity-${meta.id}`}
                    value={ruleSeverity(draft, meta.id)}
                    onChange={(e) => setDraft(withRuleSetting(draft, meta.id, { severity: e.currentTarget.value as SeverityChoice }))}
                  >
                    <option value="default">{t('options_severity_default', severityLabel(meta.severity))}</option>
                    {SEVERITIES.map((s) => (
                      <option value={s}>{severityLabel(s)}</option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <SaveBar onSave={save} disabled={locked} />
      </fieldset>
    </section>
  );
}
