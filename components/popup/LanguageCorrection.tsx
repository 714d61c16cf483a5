/**
 * "Correct the languages": when detection picked the wrong pair (close languages such as Spanish and Portuguese on
 * short pages), the reader names the two languages and Diglot parses again with that pair.
 */
import { useState } from 'preact/hooks';
import { t, languageName } from '../../platform/i18n';
import type { LangTag } from '../../utils/contract';
import { LANGUAGE_TAGS } from '../../utils/lang/languages';

// Every language the parser reads (utils/lang/languages.ts): the user can name any pair the detector could have found.
export const CHOOSABLE_LANGUAGES: readonly LangTag[] = LANGUAGE_TAGS;

interface Props {
  initial?: LangTag[];
  disabled: boolean;
  onApply: (languages: [LangTag, LangTag]) => void;
}

export function LanguageCorrection({ initial, disabled, onApply }: Props) {
  const [first, setFirst] = useState<LangTag>(initial?.[0] ?? 'en');
  const [second, setSecond] = useState<LangTag>(initial?.[1] ?? (initial?.[0] === 'en' ? 'ko' : 'en'));
  const options = [...CHOOSABLE_LANGUAGES].sort((a, b) => languageName(a).localeCompare(languageName(b)));
  return (
    <details class="correction">
      <summary>{t('popupCorrectLanguages')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (first !== second) onApply([first, second]);
        }}
      >
        <select aria-label="1" value={first} onChange={(e) => setFirst(e.currentTarget.value)}>
          {options.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)}
            </option>
          ))}
        </select>
        <select aria-label="2" value={second} onChange={(e) => setSecond(e.currentTarget.value)}>
          {options.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={disabled || first === second}>
          {t('popupApply')}
        </button>
      </form>
    </details>
  );
}
