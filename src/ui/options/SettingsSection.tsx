// The person's own settings (not part of the team's policy): what the journal keeps, the first-time
// account question, crisis timings.
import type { Settings } from '../../background/settings-store';
import { saveSettings } from '../../background/settings-store';
import { SaveBar } from '../components/SaveBar';
import { useDraft } from '../components/useDraft';
import { Field } from '../components/Field';
import { t } from '../i18n';

type NumberField = 'journalLimit' | 'crisisCooldownSeconds' | 'crisisReminderMinutes';

export function SettingsSection({ settings }: { settings: Settings }) {
  const [draft, setDraft] = useDraft(settings);
  const number = (field: NumberField, label: string, min: number, max: number) => (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={1}
          value={draft[field]}
          onInput={(e) => setDraft({ ...draft, [field]: e.currentTarget.valueAsNumber })}
        />
      )}
    </Field>
  );
  const save = async () => {
    // Out-of-range numbers are brought into range (not refused): show what was actually saved.
    setDraft(await saveSettings(draft));
    return { ok: true as const };
  };

  return (
    <section class="card" aria-labelledby="settings-h">
      <h2 id="settings-h">{t('options_settings')}</h2>
      <label class="inline">
        <input type="checkbox" checked={draft.keepDraftText} onChange={(e) => setDraft({ ...draft, keepDraftText: e.currentTarget.checked })} />
        {t('options_keep_text')}
      </label>
      <p class="hint">{t('options_keep_text_hint')}</p>
      <label class="inline">
        <input
          type="checkbox"
          checked={draft.askAboutNewAccounts}
          onChange={(e) => setDraft({ ...draft, askAboutNewAccounts: e.currentTarget.checked })}
        />
        {t('options_ask_new_accounts')}
      </label>
      <p class="hint">{t('options_ask_new_accounts_hint')}</p>
      <div class="row">
        {number('journalLimit', t('options_journal_limit'), 10, 100_000)}
        {number('crisisCooldownSeconds', t('options_cooldown'), 0, 600)}
        {number('crisisReminderMinutes', t('options_reminder'), 0, 24 * 60)}
      </div>
      <SaveBar onSave={save} />
    </section>
  );
}
