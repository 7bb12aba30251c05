// One review in the journal: when, where, who, what was found, and what the person did.
import { useState } from 'preact/hooks';
import type { JournalEntry } from '../../background/journal';
import { actionLabel, contextLabel, formatWhen, modeLabel, PLATFORM_NAMES, verdictLabel } from '../components/labels';
import { t } from '../i18n';
import { canMarkMistake } from './journal-view';
import { MistakeForm } from './MistakeForm';

export function JournalEntryItem({ entry, locked, onChanged }: { entry: JournalEntry; locked: readonly string[]; onChanged: () => void }) {
  const [asking, setAsking] = useState(false);
  const e = entry;
  return (
    <li class={`entry ${e.verdict}`}>
      <article aria-label={t('options_entry_label', formatWhen(e.at), PLATFORM_NAMES[e.platform])}>
        <div class="row entry-head">
          <time datetime={e.at}>{formatWhen(e.at)}</time>
          <span>{PLATFORM_NAMES[e.platform]}</span>
          <span>{e.account ?? t('options_account_unknown')}</span>
          <span>
            {contextLabel(e.context)}
            {e.replyTo ? ` → ${e.replyTo}` : ''}
          </span>
          <span class={`badge ${e.verdict}`}>{verdictLabel(e.verdict)}</span>
          <strong class="action">{actionLabel(e.action)}</strong>
        </div>
        <p class="hint">
          {t('options_entry_mode', modeLabel(e.mode))}
          {e.crisis && ` · ${t('options_entry_crisis', e.crisis)}`}
        </p>
        {e.findings.length > 0 && (
          <ul class="findings">
            {e.findings.map((f) => (
              <li>
                <span class={`badge ${f.severity}`}>{f.rule}</span> {f.excerpt && <q>{f.excerpt}</q>}
              </li>
            ))}
          </ul>
        )}
        {e.text !== undefined && (
          <details>
            <summary>{t('options_entry_text')}</summary>
            <p class="draft-text">{e.text}</p>
          </details>
        )}
        {e.mistake && <p class="mistake-note">{t('options_entry_mistake', e.mistake)}</p>}
        {canMarkMistake(e) && !asking && (
          <button type="button" class="link" onClick={() => setAsking(true)}>
            {t('options_mistake_button')}
          </button>
        )}
        {asking && (
          <MistakeForm
            entry={e}
            locked={locked}
            onCancel={() => setAsking(false)}
            onDone={() => {
              setAsking(false);
              onChanged();
            }}
          />
        )}
      </article>
    </li>
  );
}
