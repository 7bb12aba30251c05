// Shown next to what a team or agency set with the browser's enterprise policy: it cannot be changed here.
import { t } from '../i18n';

export function LockedNote({ id }: { id?: string }) {
  return (
    <p class="locked-note" id={id}>
      <span aria-hidden="true">🔒 </span>
      {t('options_locked')}
    </p>
  );
}
