// The journal: recent reviews with filters, what people override most per rule, "This was a
// mistake", and export as CSV or JSON. Read from IndexedDB, which has no change events: it is read
// again when the page comes back into view and after each change made here.
import { useEffect, useState } from 'preact/hooks';
import { allEntries, overrideStats, type JournalEntry } from '../../background/journal';
import { journalCsv, journalJson } from '../../background/journal-export';
import { downloadText } from '../components/download';
import { t } from '../i18n';
import { JournalEntryItem } from './JournalEntryItem';
import { JournalFilters } from './JournalFilters';
import { filterEntries, NO_FILTER, rulesIn, SHOW_AT_MOST, type JournalFilter } from './journal-view';
import { OverrideTable } from './OverrideTable';

export function JournalSection({ locked }: { locked: readonly string[] }) {
  const [entries, setEntries] = useState<JournalEntry[] | undefined>();
  const [error, setError] = useState<string>();
  const [filter, setFilter] = useState<JournalFilter>(NO_FILTER);

  const load = () =>
    allEntries()
      .then((all) => setEntries(all.reverse())) // newest first
      .catch((e: unknown) => setError(String(e)));
  useEffect(() => {
    void load();
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const shown = entries ? filterEntries(entries, filter) : [];
  const exportAs = (kind: 'csv' | 'json') => {
    const oldestFirst = [...(entries ?? [])].reverse();
    if (kind === 'csv') downloadText('second-look-journal.csv', journalCsv(oldestFirst), 'text/csv');
    else downloadText('second-look-journal.json', journalJson(oldestFirst));
  };

  return (
    <section class="card" aria-labelledby="journal-h">
      <h2 id="journal-h">{t('options_journal')}</h2>
      <p class="hint">{t('options_journal_hint')}</p>
      <div class="row">
        <button type="button" onClick={() => void load()}>
          {t('options_refresh')}
        </button>
        <button type="button" onClick={() => exportAs('csv')} disabled={!entries?.length}>
          {t('options_export_csv')}
        </button>
        <button type="button" onClick={() => exportAs('json')} disabled={!entries?.length}>
          {t('options_export_json')}
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {t('options_journal_error', error)}
        </p>
      )}
      <h3>{t('options_overrides')}</h3>
      <OverrideTable stats={overrideStats(entries ?? [])} />
      <h3>{t('options_recent')}</h3>
      <JournalFilters filter={filter} rules={rulesIn(entries ?? [])} onChange={setFilter} />
      {entries && (
        <p class="hint" role="status">
          {t('options_showing', Math.min(shown.length, SHOW_AT_MOST), shown.length)}
        </p>
      )}
      <ol class="journal">
        {shown.slice(0, SHOW_AT_MOST).map((e) => (
          <JournalEntryItem key={e.id} entry={e} locked={locked} onChanged={() => void load()} />
        ))}
      </ol>
    </section>
  );
}
