// The account's last few reviews: when, the verdict, and what the person did.
import type { JournalEntry } from '../../background/journal';
import { actionLabel, formatWhen, verdictLabel } from '../components/labels';
import { t } from '../i18n';

export function RecentReviews({ entries }: { entries: JournalEntry[] }) {
  if (entries.length === 0) return <p class="hint">{t('popup_no_reviews')}</p>;
  return (
    <ul class="recent">
      {entries.map((e) => (
        <li key={e.id}>
          <time datetime={e.at}>{formatWhen(e.at)}</time> <span class={`badge ${e.verdict}`}>{verdictLabel(e.verdict)}</span> {actionLabel(e.action)}
          {e.findings.length > 0 && <span class="hint"> · {[...new Set(e.findings.map((f) => f.rule))].join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}
