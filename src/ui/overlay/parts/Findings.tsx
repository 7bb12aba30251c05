// Each finding: how serious, what looks wrong and why, and the words it is about.
import type { Finding } from '../../../core/types';
import { t } from '../../i18n';

const EXCERPT_MAX = 80;

function excerpt(text: string, f: Finding): string | undefined {
  if (f.start === undefined || f.end === undefined || f.end <= f.start) return undefined;
  const s = text.slice(f.start, f.end);
  return s.length > EXCERPT_MAX ? `${s.slice(0, EXCERPT_MAX - 1)}…` : s;
}

const BADGE = { critical: 'overlay_severity_critical', warning: 'overlay_severity_warning', info: 'overlay_severity_info' } as const;

export function Findings({ text, findings }: { text: string; findings: readonly Finding[] }) {
  return (
    <ul class="findings">
      {findings.map((f, i) => {
        const ex = excerpt(text, f);
        return (
          <li key={i} class={f.severity}>
            <span class="badge">{t(BADGE[f.severity])}</span>
            <span class="message">{f.message}</span>
            {ex && !f.message.includes(ex) && <q class="excerpt">{ex}</q>}
            {f.suggestion && <span class="suggestion">{f.suggestion}</span>}
          </li>
        );
      })}
    </ul>
  );
}
