/**
 * Injected by the popup (registration `runtime`), once per opening, into the page it is about: reads the page's declared
 * translations and returns them as plain data. It is not in the always-loaded detector, which has a size budget, and
 * it only reads the page.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findAlternates } from '../utils/alternates';

export default defineContentScript({
  registration: 'runtime',
  main: () => findAlternates(document, location.href, { displayLanguage: browser.i18n.getUILanguage() }),
});
