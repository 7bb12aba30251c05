// The options page: the team's policy (accounts, lists, rules, import/export), the person's
// settings, the journal and diagnostics. Each section saves on its own, whole or not at all.
import { useEffect, useState } from 'preact/hooks';
import { useStorageChanges } from '../components/useStorageChanges';
import { t } from '../i18n';
import { AccountsSection } from './AccountsSection';
import { loadOptionsData, type OptionsData } from './data';
import { DiagnosticsSection } from './DiagnosticsSection';
import { JournalSection } from './JournalSection';
import { PolicyFileSection } from './PolicyFileSection';
import { Problems } from './Problems';
import { RulesSection } from './RulesSection';
import { SettingsSection } from './SettingsSection';
import { optionsShowChange } from './shown-changes';

/** The policy's editable lists: field, then the strings for its title, hint and one item's label. */
const TERM_LISTS = [
  ['watchlist', 'options_watchlist', 'options_watchlist_hint', 'options_term'],
  ['blockedTerms', 'options_blocked', 'options_blocked_hint', 'options_term'],
  ['allowedTerms', 'options_allowed', 'options_allowed_hint', 'options_term'],
  ['brandDomains', 'options_domains', 'options_domains_hint', 'options_domain'],
] as const;
import { TermListSection } from './TermListSection';

const NAV: [string, () => string][] = [
  ['accounts-h', () => t('options_accounts')],
  ['lists', () => t('options_lists')],
  ['rules-h', () => t('options_rules')],
  ['file-h', () => t('options_policy_file')],
  ['settings-h', () => t('options_settings')],
  ['journal-h', () => t('options_journal')],
  ['diag-h', () => t('options_diagnostics')],
];

export function OptionsApp() {
  const [data, setData] = useState<OptionsData>();
  const [error, setError] = useState<string>();
  const reload = () =>
    loadOptionsData()
      .then(setData)
      .catch((e: unknown) => setError(String(e)));
  useEffect(() => void reload(), []);
  // Only changes to what the page shows: each review writes storage too ('session' also holds the
  // worker's copy of the managed policy, refreshed when the organisation changes it).
  useStorageChanges(() => void reload(), optionsShowChange);

  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p class="muted">{t('options_loading')}</p>;
  const { state, seen, settings, unreadable } = data;
  const { policy, locked } = state;
  const isLocked = (field: string) => locked.includes(field);

  return (
    <>
      <header>
        <h1>{t('options_title')}</h1>
        <p class="muted">{t('options_intro')}</p>
        <nav aria-label={t('options_sections')}>
          {NAV.map(([id, label]) => (
            <a href={`#${id}`}>{label()}</a>
          ))}
        </nav>
      </header>
      <main>
        <Problems problems={state.problems} />
        <AccountsSection accounts={policy.accounts} seen={seen} locked={isLocked('accounts')} />
        <div id="lists" class="lists">
          {TERM_LISTS.map(([field, title, hint, item]) => (
            <TermListSection
              key={field}
              field={field}
              title={t(title)}
              hint={t(hint)}
              itemLabel={t(item)}
              items={policy[field]}
              locked={isLocked(field)}
            />
          ))}
        </div>
        <RulesSection settings={policy.rules} locked={isLocked('rules')} />
        <PolicyFileSection policy={policy} locked={locked} />
        <SettingsSection settings={settings} />
        <JournalSection locked={locked} />
        <DiagnosticsSection unreadable={unreadable} />
      </main>
    </>
  );
}
