// Asked once, the first time an account the policy does not know posts: brand or personal?
import { t } from '../../i18n';
import { trusted } from '../trusted';
import type { AccountKindAnswer } from '../view';

export function AskKind({ account, onAnswer }: { account: string; onAnswer(kind: AccountKindAnswer): void }) {
  return (
    <div class="ask" role="group" aria-labelledby="sl-ask">
      <p id="sl-ask">{t('overlay_ask_kind', account)}</p>
      <div class="ask-actions">
        <button type="button" onClick={trusted(() => onAnswer('brand'))}>
          {t('overlay_kind_brand')}
        </button>
        <button type="button" onClick={trusted(() => onAnswer('personal'))}>
          {t('overlay_kind_personal')}
        </button>
        <button type="button" class="quiet" onClick={trusted(() => onAnswer('skip'))}>
          {t('overlay_kind_skip')}
        </button>
      </div>
    </div>
  );
}
