/**
 * UI strings come from `public/_locales/<lang>/messages.json` through the browser's own i18n, so the UI follows the
 * browser's language with no extra code. `MessageKey` keeps call sites honest: a typo is a type error.
 */
import { browser } from 'wxt/browser';
import { languageNames } from '../utils/badge';
import type messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** A language's name in the UI's language, e.g. `ko` → "Korean" (English UI) or "한국어" (Korean UI). */
export function languageName(tag: string): string {
  return languageNames([tag], browser.i18n.getUILanguage())[0] ?? tag;
}
