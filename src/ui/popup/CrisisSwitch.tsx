// Crisis mode on or off for the account in this tab, in one click. Off keeps the crisis's topic,
// terms and end date for the next time it is switched on.
import { useState } from 'preact/hooks';
import type { PolicyAccount } from '../../core/policy/types';
import { crisisActive } from '../components/crisis';
import { LockedNote } from '../components/LockedNote';
import { t } from '../i18n';
import { switchCrisis } from './popup-data';

export function CrisisSwitch({ account, locked }: { account: PolicyAccount; locked: boolean }) {
  const [error, setError] = useState<string>();
  const on = crisisActive(account, new Date());
  const toggle = async (next: boolean) => {
    setError(undefined);
    const r = await switchCrisis(account.platform, account.id, next, t('popup_crisis_default_topic'));
    if (!r.ok) setError(t('options_save_refused', r.error));
  };
  return (
    <div class="crisis-switch">
      <label class="inline">
        <input type="checkbox" role="switch" checked={on} disabled={locked} onChange={(e) => void toggle(e.currentTarget.checked)} />
        {t('popup_crisis_switch')}
      </label>
      <p class={on ? 'crisis-on' : 'hint'}>
        {on ? t('popup_crisis_on', account.crisis!.topic) : t('popup_crisis_off')}
        {on && account.crisis?.until ? ` ${t('popup_crisis_until', account.crisis.until)}` : ''}
      </p>
      {locked && <LockedNote />}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
