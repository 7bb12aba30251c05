// The draft as it will go out, with what the findings point at highlighted. Text only, never HTML.
import type { Finding } from '../../../core/types';
import { t } from '../../i18n';
import { highlightRuns } from '../highlight';

export function DraftText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  return (
    <div class="draft" role="region" tabIndex={0} aria-label={t('overlay_draft')}>
      {highlightRuns(text, findings).map((r, i) => (r.marked ? <mark key={i}>{r.text}</mark> : r.text))}
    </div>
  );
}
