// Accounts: every account seen posting and every account in the policy, each marked brand or
// personal, with its mode and crisis mode. Saved as the policy's `accounts`, whole or not at all.
import { useState } from 'preact/hooks';
import type { SeenAccount } from '../../background/accounts-seen';
import type { AccountKind, PolicyAccount } from '../../core/policy/types';
import { PLATFORMS, type Platform } from '../../core/types';
import { accountKey } from '../components/account-key';
import { kindLabel, PLATFORM_NAMES } from '../components/labels';
import { LockedNote } from '../components/LockedNote';
import { SaveBar } from '../components/SaveBar';
import { useDraft } from '../components/useDraft';
import { Field } from '../components/Field';
import { t } from '../i18n';
import { AccountEditor } from './AccountEditor';
import { accountRows, lastSeenByKey, rowsToAccounts } from './accounts';
import { saveField } from './data';

export function AccountsSection({ accounts, seen, locked }: { accounts: PolicyAccount[]; seen: SeenAccount[]; locked: boolean }) {
  const saved = accountRows(accounts, seen);
  const [rows, setRows] = useDraft(saved);
  const lastSeen = lastSeenByKey(seen);
  const [site, setSite] = useState<Platform>('x');
  const [newId, setNewId] = useState('');
  const [newKind, setNewKind] = useState<AccountKind>('brand');

  const add = () => {
    const id = newId.trim();
    if (!id) return;
    const key = accountKey(site, id);
    if (rows.some((r) => r.key === key)) return;
    setRows([...rows, { key, platform: site, id, account: { platform: site, id, kind: newKind } }]);
    setNewId('');
  };

  return (
    <section class="card" aria-labelledby="accounts-h">
      <h2 id="accounts-h">{t('options_accounts')}</h2>
      <p class="hint">{t('options_accounts_hint')}</p>
      {locked && <LockedNote />}
      <fieldset disabled={locked}>
        {rows.length === 0 && <p class="muted">{t('options_accounts_none')}</p>}
        <div class="accounts">
          {rows.map((row, i) => (
            <AccountEditor key={row.key} row={row} lastSeen={lastSeen.get(row.key)} onChange={(r) => setRows(rows.map((x, j) => (j === i ? r : x)))} />
          ))}
        </div>
        <details class="add-account">
          <summary>{t('options_account_add')}</summary>
          <div class="row">
            <Field label={t('options_site')}>
              {(id) => (
                <select id={id} value={site} onChange={(e) => setSite(e.currentTarget.value as Platform)}>
                  {PLATFORMS.map((p) => (
                    <option value={p}>{PLATFORM_NAMES[p]}</option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('options_account_id')}>
              {(id) => (
                <input id={id} type="text" value={newId} placeholder="@handle" onInput={(e) => setNewId(e.currentTarget.value)} />
              )}
            </Field>
            <Field label={t('options_account_kind')}>
              {(id) => (
                <select id={id} value={newKind} onChange={(e) => setNewKind(e.currentTarget.value as AccountKind)}>
                  <option value="brand">{kindLabel('brand')}</option>
                  <option value="personal">{kindLabel('personal')}</option>
                </select>
              )}
            </Field>
            <button type="button" onClick={add}>
              {t('options_add')}
            </button>
          </div>
        </details>
        <SaveBar onSave={() => saveField('accounts', rowsToAccounts(rows))} disabled={locked} />
      </fieldset>
    </section>
  );
}
