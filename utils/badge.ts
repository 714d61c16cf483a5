/** Toolbar badge text and tooltip names for a detected language pair. Pure, so it is unit-tested in Node. */
import type { LangTag } from './contract';

/** `['en', 'zh-Hant']` → `EN ZH`: the primary subtags, upper-cased, as short as a badge allows. */
export function badgeText(languages: readonly LangTag[]): string {
  return languages
    .slice(0, 2)
    .map((tag) => (tag.split('-')[0] ?? tag).toUpperCase())
    .join(' ');
}

/** Language names in the given UI language, e.g. `['en', 'ko']` in `ko` → `['영어', '한국어']`. */
export function languageNames(languages: readonly LangTag[], uiLanguage: string): string[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([uiLanguage, 'en'], { type: 'language' });
  } catch {
    names = undefined;
  }
  return languages.map((tag) => {
    try {
      return names?.of(tag) ?? tag;
    } catch {
      return tag;
    }
  });
}
