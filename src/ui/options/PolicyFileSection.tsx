// Import and export of the policy file v1, the same JSON file the command line reads. Import is all
// or nothing: a bad file is refused whole, with the reason, and the previous policy still applies.
import { useState } from 'preact/hooks';
import { importPolicyText, policyFileText } from '../../background/policy-store';
import type { Policy } from '../../core/policy/types';
import { downloadText } from '../components/download';
import { t } from '../i18n';

export const POLICY_FILE_NAME = 'second-look-policy.json';

export function PolicyFileSection({ policy, locked }: { policy: Policy; locked: readonly string[] }) {
  const [result, setResult] = useState<{ ok: true } | { ok: false; error: string } | undefined>();

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setResult(undefined);
    const r = await importPolicyText(await file.text());
    setResult(r.ok ? { ok: true } : r);
    input.value = ''; // choosing the same file again (after fixing it) imports it again
  };

  return (
    <section class="card" aria-labelledby="file-h">
      <h2 id="file-h">{t('options_policy_file')}</h2>
      <p class="hint">{t('options_policy_file_hint')}</p>
      <div class="row">
        {/* A label apart from the input: its accessible name is exactly "Import policy". */}
        <label for="import-policy">{t('options_import')}</label>
        <input id="import-policy" type="file" accept=".json,application/json" onChange={onFile} />
        <button type="button" onClick={() => downloadText(POLICY_FILE_NAME, policyFileText(policy))}>
          {t('options_export')}
        </button>
      </div>
      <p role="status" class="saved">
        {result?.ok ? t('options_imported') : ''}
      </p>
      {result?.ok && locked.length > 0 && <p class="hint">{t('options_imported_locked', locked.join(', '))}</p>}
      {result && !result.ok && (
        <p role="alert" class="error">
          {t('options_import_refused', result.error)}
        </p>
      )}
    </section>
  );
}
