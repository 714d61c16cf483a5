import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsPage } from '../../components/options/OptionsPage';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<OptionsPage />, document.getElementById('app')!);
