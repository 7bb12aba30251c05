// The popup: what Second Look sees in the current tab (site, account, its mode, crisis mode with a
// quick switch, whether the composer could be read) and that account's last few reviews.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { crisisActive } from '../components/crisis';
import { kindLabel, modeLabel, PLATFORM_NAMES } from '../components/labels';
import { useStorageChanges } from '../components/useStorageChanges';
import { t } from '../i18n';
import { CrisisSwitch } from './CrisisSwitch';
import { loadPopupData, type PopupData } from './popup-data';
import { RecentReviews } from './RecentReviews';

export function PopupApp() {
  const [data, setData] = useState<PopupData>();
  const [error, setError] = useState<string>();
  const reload = () =>
    loadPopupData()
      .then(setData)
      .catch((e: unknown) => setError(String(e)));
  useEffect(() => void reload(), []);
  useStorageChanges(() => void reload());

  const openOptions = async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  };

  return (
    <>
      <h1>{t('extName')}</h1>
      {error && <p role="alert">{error}</p>}
      {!data && !error && <p class="muted">{t('options_loading')}</p>}
      {data && <TabView data={data} />}
      <p class="footer">
        <button type="button" class="link" onClick={() => void openOptions()}>
          {t('popup_open_options')}
        </button>
      </p>
    </>
  );
}

function TabView({ data }: { data: PopupData }) {
  const { status, account, state, recent } = data;
  if (!status) return <p class="muted">{t('popup_nothing_yet')}</p>;
  const crisisOn = account ? crisisActive(account, new Date()) : false;
  return (
    <>
      <dl class="facts">
        <dt>{t('options_site')}</dt>
        <dd>{PLATFORM_NAMES[status.platform]}</dd>
        <dt>{t('popup_account')}</dt>
        <dd>
          {status.account ?? t('popup_account_unknown')}
          {account?.label && <span class="hint"> ({account.label})</span>}
        </dd>
        {status.account && (
          <>
            <dt>{t('options_account_kind')}</dt>
            <dd>{account ? kindLabel(account.kind) : t('popup_not_set_up')}</dd>
            <dt>{t('options_account_mode')}</dt>
            <dd>{crisisOn ? t('popup_mode_crisis') : modeLabel(account?.mode ?? 'guard')}</dd>
          </>
        )}
        <dt>{t('popup_composer')}</dt>
        <dd class={status.readable ? '' : 'error'}>
          {status.readable ? t('popup_readable') : t('popup_cant_read')}
          {!status.readable && status.missing?.length ? <span class="hint"> ({status.missing.join(', ')})</span> : null}
        </dd>
      </dl>
      {account ? (
        <CrisisSwitch account={account} locked={state.locked.includes('accounts')} />
      ) : (
        status.account && <p class="hint">{t('popup_set_up_hint')}</p>
      )}
      {status.account && (
        <>
          <h2>{t('popup_recent')}</h2>
          <RecentReviews entries={recent} />
        </>
      )}
    </>
  );
}
