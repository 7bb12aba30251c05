// What the person should know before anything else: a saved policy that could not be read, an
// organisation's policy that was not applied.
import { t } from '../i18n';

export function Problems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <section class="card problems" aria-labelledby="problems-h">
      <h2 id="problems-h">{t('options_problems')}</h2>
      <ul>
        {problems.map((p) => (
          <li class="problem">{p}</li>
        ))}
      </ul>
    </section>
  );
}
