/**
 * Injected by the popup, once per opening, into the page it is about: reads the page's declared translations and
 * returns them as plain data. It is not in the always-loaded detector, which has a size budget, and it only reads the
 * page. An unlisted script, like the reader, so nothing is posted to the page's window when it runs.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findAlternates } from '../utils/alternates';

export default defineUnlistedScript(() =>
  findAlternates(document, location.href, { displayLanguage: browser.i18n.getUILanguage() }),
);
