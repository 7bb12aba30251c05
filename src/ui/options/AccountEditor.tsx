// One account: brand or personal, its mode, and crisis mode (topic, terms, optional end date).
import type { AccountKind, AccountMode, Crisis, PolicyAccount } from '../../core/policy/types';
import { setCrisis, crisisActive } from '../components/crisis';
import { formatWhen, kindLabel, modeLabel, PLATFORM_NAMES } from '../components/labels';
import { TermsInput } from '../components/TermsInput';
import { Field } from '../components/Field';
import { t } from '../i18n';
import type { AccountRow } from './accounts';

const MODES: AccountMode[] = ['guard', 'every-post', 'off'];
const KINDS: AccountKind[] = ['brand', 'personal'];

export function AccountEditor({ row, lastSeen, onChange }: { row: AccountRow; lastSeen?: string; onChange: (r: AccountRow) => void }) {
  const a = row.account;
  const edit = (fn: (a: PolicyAccount) => void) => {
    if (!a) return;
    const next = structuredClone(a);
    fn(next);
    onChange({ ...row, account: next });
  };
  const setKind = (kind: string) => {
    if (!kind) return onChange({ ...row, account: undefined });
    onChange({ ...row, account: a ? { ...a, kind: kind as AccountKind } : { platform: row.platform, id: row.id, kind: kind as AccountKind } });
  };
  const editCrisis = (fn: (c: Crisis) => void) => edit((x) => x.crisis && fn(x.crisis));
  const now = new Date();
  const crisis = a?.crisis;
  const name = t('options_account_on', row.id, PLATFORM_NAMES[row.platform]);

  return (
    <fieldset class="account">
      <legend>
        <strong>{name}</strong>
        {a?.crisis && crisisActive(a, now) && <span class="badge crisis">{t('options_crisis_badge')}</span>}
      </legend>
      {lastSeen && <p class="hint">{t('options_account_last_seen', formatWhen(lastSeen))}</p>}
      {!a && <p class="hint">{t('options_account_not_set')}</p>}
      <div class="row">
        <Field label={t('options_account_kind')}>
          {(id) => (
            <select id={id} value={a?.kind ?? ''} onChange={(e) => setKind(e.currentTarget.value)}>
              <option value="">{t('options_kind_not_set')}</option>
              {KINDS.map((k) => (
                <option value={k}>{kindLabel(k)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('options_account_label')}>
          {(id) => (
            <input id={id} type="text" value={a?.label ?? ''} disabled={!a} onInput={(e) => edit((x) => (e.currentTarget.value ? (x.label = e.currentTarget.value) : delete x.label))} />
          )}
        </Field>
        <Field label={t('options_account_mode')}>
          {(id) => (
            <select id={id} value={a?.mode ?? 'guard'} disabled={!a} onChange={(e) => edit((x) => (x.mode = e.currentTarget.value as AccountMode))}>
              {MODES.map((m) => (
                <option value={m}>{modeLabel(m)}</option>
              ))}
            </select>
          )}
        </Field>
        <label class="inline">
          <input type="checkbox" checked={crisis !== undefined} disabled={!a} onChange={(e) => edit((x) => setCrisis(x, e.currentTarget.checked, '', now))} />
          {t('options_crisis_mode')}
        </label>
      </div>
      {crisis && (
        <div class="row crisis-fields">
          <Field label={t('options_crisis_topic')} grow>
            {(id) => (
              <input id={id} type="text" value={crisis.topic} onInput={(e) => editCrisis((c) => (c.topic = e.currentTarget.value))} />
            )}
          </Field>
          <Field label={t('options_crisis_terms')} grow>
            {(id) => <TermsInput id={id} terms={crisis.terms} onChange={(terms) => editCrisis((c) => (c.terms = terms))} />}
          </Field>
          <Field label={t('options_crisis_until')}>
            {(id) => (
              <input
                id={id}
                type="date"
                value={crisis.until?.slice(0, 10) ?? ''}
                onChange={(e) => editCrisis((c) => (e.currentTarget.value ? (c.until = e.currentTarget.value) : delete c.until))}
              />
            )}
          </Field>
        </div>
      )}
    </fieldset>
  );
}
