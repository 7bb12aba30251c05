// Entry of the options page (options_ui in the manifest).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../components/page.css';
import './options.css';
import { t } from '../i18n';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
