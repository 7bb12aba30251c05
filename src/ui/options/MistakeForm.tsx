// "This was a mistake": what went wrong, turned into a blocked term or a watchlist entry so the
// next draft like it is caught, and recorded on the journal entry.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { updateEntry, type JournalEntry } from '../../background/journal';
import { updatePolicy } from '../../background/policy-store';
import { Field } from '../components/Field';
import { t } from '../i18n';
import { suggestedTerm } from './journal-view';

type Target = 'blockedTerms' | 'watchlist';

export function MistakeForm({ entry, locked, onDone, onCancel }: { entry: JournalEntry; locked: readonly string[]; onDone: () => void; onCancel: () => void }) {
  const uid = useId();
  const targets = (['blockedTerms', 'watchlist'] as const).filter((f) => !locked.includes(f));
  const [what, setWhat] = useState('');
  const [term, setTerm] = useState(suggestedTerm(entry));
  const [target, setTarget] = useState<Target | undefined>(targets[0]);
  const [error, setError] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  // The question opens where the person clicked: put the cursor in its first field.
  useEffect(() => form.current?.querySelector<HTMLElement>('input, button')?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    const clean = term.trim();
    if (!clean || !target) return setError(t('options_mistake_need_term'));
    const note = what.trim();
    const result = await updatePolicy((p) => {
      const list = p[target];
      // Already listed: the mistake is still recorded, the list is not doubled.
      if (!list.some((x) => x.term.toLowerCase() === clean.toLowerCase())) list.push(note ? { term: clean, note } : { term: clean });
    });
    if (!result.ok) return setError(t('options_save_refused', result.error));
    await updateEntry(entry.id!, { mistake: note || clean });
    onDone();
  };

  return (
    <form ref={form} class="mistake" onSubmit={submit} aria-labelledby={`${uid}-h`}>
      <h4 id={`${uid}-h`}>{t('options_mistake_title')}</h4>
      {targets.length === 0 ? (
        <p class="locked-note">{t('options_mistake_locked')}</p>
      ) : (
        <>
          <Field label={t('options_mistake_what')}>
            {(id) => (
              <input id={id} type="text" value={what} maxLength={200} onInput={(e) => setWhat(e.currentTarget.value)} />
            )}
          </Field>
          <Field label={t('options_mistake_term')}>
            {(id) => (
              <input id={id} type="text" value={term} required onInput={(e) => setTerm(e.currentTarget.value)} />
            )}
          </Field>
          <Field label={t('options_mistake_target')}>
            {(id) => (
              <select id={id} value={target} onChange={(e) => setTarget(e.currentTarget.value as Target)}>
                {targets.map((f) => (
                  <option value={f}>{f === 'blockedTerms' ? t('options_mistake_blocked') : t('options_mistake_watchlist')}</option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="row">
        {targets.length > 0 && (
          <button type="submit" class="primary">
            {t('options_mistake_save')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('options_cancel')}
        </button>
      </div>
    </form>
  );
}
