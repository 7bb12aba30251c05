// Per rule, how often people post anyway after it flagged something. A rule overridden most of the
// time is noise: it teaches people to click through warnings, so it is marked for the team to tune.
import type { RuleOverrides } from '../../background/journal';
import { t } from '../i18n';
import { isNoise } from './journal-view';

export function OverrideTable({ stats }: { stats: RuleOverrides[] }) {
  if (stats.length === 0) return <p class="muted">{t('options_overrides_none')}</p>;
  return (
    <table class="overrides">
      <caption class="sr-only">{t('options_overrides')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('options_rule')}</th>
          <th scope="col">{t('options_overrides_shown')}</th>
          <th scope="col">{t('options_overrides_overridden')}</th>
          <th scope="col">{t('options_overrides_share')}</th>
        </tr>
      </thead>
      <tbody>
        {stats.map((s) => (
          <tr key={s.rule} class={isNoise(s) ? 'noise' : ''}>
            <th scope="row">
              <code>{s.rule}</code> {isNoise(s) && <span class="badge caution">{t('options_noise')}</span>}
            </th>
            <td>{s.shown}</td>
            <td>{s.overridden}</td>
            <td>{Math.round((100 * s.overridden) / s.shown)} %</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
