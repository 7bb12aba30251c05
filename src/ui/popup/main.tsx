// Entry of the popup (action.default_popup in the manifest).
import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../components/page.css';
import './popup.css';
import { t } from '../i18n';
import { PopupApp } from './PopupApp';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
render(<PopupApp />, document.getElementById('app')!);
