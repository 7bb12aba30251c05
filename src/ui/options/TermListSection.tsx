// An editable list of the policy: terms with a note (watchlist, blocked terms) or bare strings
// (allowed terms, brand domains). Empty rows are dropped on save; the rest is saved whole or not at all.
import { useRef } from 'preact/hooks';
import type { TermNote } from '../../core/policy/types';
import { LockedNote } from '../components/LockedNote';
import { SaveBar } from '../components/SaveBar';
import { useDraft } from '../components/useDraft';
import { Field } from '../components/Field';
import { t } from '../i18n';
import { saveField } from './data';

type Field = 'watchlist' | 'blockedTerms' | 'allowedTerms' | 'brandDomains';

interface Props {
  field: Field;
  title: string;
  hint: string;
  /** What one item is called ("Term", "Domain"), for its input's label. */
  itemLabel: string;
  items: TermNote[] | string[];
  locked: boolean;
}

const withNotes = (f: Field) => f === 'watchlist' || f === 'blockedTerms';

/** An empty note is no note (and keeps the file tidy). */
function tidy(r: TermNote): TermNote {
  const out = { ...r };
  if (!out.note?.trim()) delete out.note;
  return out;
}

export function TermListSection({ field, title, hint, itemLabel, items, locked }: Props) {
  const notes = withNotes(field);
  const saved: TermNote[] = notes ? (items as TermNote[]) : (items as string[]).map((term) => ({ term }));
  const [rows, setRows] = useDraft(saved);
  const list = useRef<HTMLOListElement>(null);
  const set = (i: number, patch: Partial<TermNote>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => {
    setRows([...rows, { term: '' }]);
    // Put the cursor in the new row's first input, so adding works from the keyboard.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  const save = () => {
    const kept = rows.filter((r) => r.term.trim() || r.note?.trim());
    setRows(kept);
    return field === 'watchlist' || field === 'blockedTerms' ? saveField(field, kept.map(tidy)) : saveField(field, kept.map((r) => r.term));
  };
  const headingId = `${field}-h`;

  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p class="hint">{hint}</p>
      {locked && <LockedNote />}
      <fieldset disabled={locked}>
        {rows.length === 0 && <p class="muted">{t('options_list_empty')}</p>}
        {/* Labels show over the first row only (like a table's header); every input keeps its own. */}
        <ol class="term-list" ref={list}>
          {rows.map((r, i) => (
            <li class="row">
              <Field label={itemLabel} hideLabel={i > 0} grow>
                {(id) => (
                  <input id={id} type="text" value={r.term} onInput={(e) => set(i, { term: e.currentTarget.value })} />
                )}
              </Field>
              {notes && (
                <Field label={t('options_note')} hideLabel={i > 0} grow>
                  {(id) => (
                    <input id={id} type="text" value={r.note ?? ''} onInput={(e) => set(i, { note: e.currentTarget.value })} />
                  )}
                </Field>
              )}
              <button type="button" class="remove" onClick={() => setRows(rows.filter((_, j) => j !== i))} aria-label={t('options_remove_item', r.term || itemLabel)}>
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ol>
        <div class="row">
          <button type="button" onClick={add}>
            {t('options_add')}
          </button>
        </div>
        <SaveBar onSave={save} disabled={locked} />
      </fieldset>
    </section>
  );
}
