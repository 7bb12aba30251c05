// The "second pair of eyes" checklist shown on every post in every-post and crisis modes.
import { t } from '../../i18n';

const ITEMS = ['overlay_check_account', 'overlay_check_facts', 'overlay_check_links', 'overlay_check_tone'] as const;

export function Checklist() {
  return (
    <section class="checklist" aria-label={t('overlay_checklist')}>
      <h3>{t('overlay_checklist')}</h3>
      <ul>
        {ITEMS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}
