// The journal's filters: site, verdict, what the person did, and rule.
import type { JournalAction } from '../../background/journal';
import { PLATFORMS, type Verdict } from '../../core/types';
import { actionLabel, PLATFORM_NAMES, verdictLabel } from '../components/labels';
import { Field } from '../components/Field';
import { t } from '../i18n';
import type { JournalFilter } from './journal-view';

const VERDICTS: Verdict[] = ['clear', 'caution', 'stop'];
const ACTIONS: JournalAction[] = ['posted', 'posted-anyway', 'edited', 'left', 'pending'];

export function JournalFilters({ filter, rules, onChange }: { filter: JournalFilter; rules: string[]; onChange: (f: JournalFilter) => void }) {
  const select = <K extends keyof JournalFilter>(key: K, label: string, options: [string, string][]) => (
    <Field label={label}>
      {(id) => (
        <select id={id} value={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.currentTarget.value })}>
          <option value="">{t('options_filter_all')}</option>
          {options.map(([value, text]) => (
            <option value={value}>{text}</option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <div class="row filters" role="group" aria-label={t('options_filters')}>
      {select('platform', t('options_site'), PLATFORMS.map((p) => [p, PLATFORM_NAMES[p]]))}
      {select('verdict', t('options_verdict'), VERDICTS.map((v) => [v, verdictLabel(v)]))}
      {select('action', t('options_action'), ACTIONS.map((a) => [a, actionLabel(a)]))}
      {select('rule', t('options_rule'), rules.map((r) => [r, r]))}
    </div>
  );
}
