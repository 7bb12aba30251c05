// Composers the adapters recognised but could not read (the site changed its markup): which part was
// missing, where, how often. Never any text. Tells the team which selector to fix.
import type { UnreadableEntry } from '../../background/diagnostics';
import { formatWhen, PLATFORM_NAMES } from '../components/labels';
import { t } from '../i18n';

export function DiagnosticsSection({ unreadable }: { unreadable: UnreadableEntry[] }) {
  return (
    <section class="card" aria-labelledby="diag-h">
      <h2 id="diag-h">{t('options_diagnostics')}</h2>
      {unreadable.length === 0 ? (
        <p class="muted">{t('options_diagnostics_none')}</p>
      ) : (
        <>
          <p>{t('options_cant_read')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('options_site')}</th>
                <th scope="col">{t('options_diag_composer')}</th>
                <th scope="col">{t('options_diag_missing')}</th>
                <th scope="col">{t('options_diag_count')}</th>
                <th scope="col">{t('options_diag_last')}</th>
              </tr>
            </thead>
            <tbody>
              {unreadable.map((u) => (
                <tr>
                  <td>{PLATFORM_NAMES[u.platform]}</td>
                  <td>
                    {u.kind} <span class="hint">{u.path}</span>
                  </td>
                  <td>{u.missing.join(', ')}</td>
                  <td>{u.count}</td>
                  <td>{formatWhen(u.lastSeen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
