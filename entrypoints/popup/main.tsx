import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { browser } from 'wxt/browser';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<Popup />, document.getElementById('app')!);
