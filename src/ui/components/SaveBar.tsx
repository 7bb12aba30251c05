// A section's Save button and what came of it: "Saved", or the refusal naming the bad field (the
// policy is saved whole or not at all, so nothing was changed).
import { useState } from 'preact/hooks';
import { t } from '../i18n';

export type SaveResult = { ok: true } | { ok: false; error: string };

export function SaveBar({ onSave, disabled = false, label = t('options_save') }: { onSave: () => Promise<SaveResult>; disabled?: boolean; label?: string }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SaveResult | undefined>();
  const save = async () => {
    setBusy(true);
    setResult(undefined);
    try {
      setResult(await onSave());
    } catch (e) {
      setResult({ ok: false, error: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="save-bar">
      <button type="button" class="primary" onClick={save} disabled={disabled || busy}>
        {label}
      </button>
      <span role="status" class="saved">
        {result?.ok ? t('options_saved') : ''}
      </span>
      {result && !result.ok && (
        <p role="alert" class="error">
          {t('options_save_refused', result.error)}
        </p>
      )}
    </div>
  );
}
