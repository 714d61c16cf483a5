/** The settings the popup does not hold: default view, reader theme and type, learner mode, auto-detection. */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../platform/i18n';
import { getSettings, saveSettings } from '../../platform/storage';
import { VIEW_MODES, type Settings, type Theme } from '../../utils/settings';
import type { ViewMode } from '../../utils/messages';

const VIEW_LABELS: Record<ViewMode, string> = {
  original: t('viewOriginal'),
  'side-by-side': t('viewSideBySide'),
  'first-only': t('viewFirstOnly', '1'),
  'second-only': t('viewSecondOnly', '2'),
  interleaved: t('viewInterleaved'),
};
const THEME_KEYS: Record<Theme, MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
};

export function SettingsForm() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void getSettings().then(setSettings), []);
  if (!settings) return null;

  async function update(patch: Partial<Settings>) {
    setSettings(await saveSettings(patch));
    setSaved(true);
  }

  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('optionsDefaultView')}
        <select
          value={settings.defaultView}
          onChange={(e) => update({ defaultView: e.currentTarget.value as ViewMode })}
        >
          {VIEW_MODES.map((view) => (
            <option key={view} value={view}>
              {VIEW_LABELS[view]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('optionsTheme')}
        <select value={settings.theme} onChange={(e) => update({ theme: e.currentTarget.value as Theme })}>
          {(Object.keys(THEME_KEYS) as Theme[]).map((theme) => (
            <option key={theme} value={theme}>
              {t(THEME_KEYS[theme])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('optionsFontSize')} ({settings.fontSize}px)
        <input
          type="range"
          min={12}
          max={32}
          value={settings.fontSize}
          onChange={(e) => update({ fontSize: Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        {t('optionsColumnWidth')} ({settings.columnWidth}ch)
        <input
          type="range"
          min={28}
          max={80}
          value={settings.columnWidth}
          onChange={(e) => update({ columnWidth: Number(e.currentTarget.value) })}
        />
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.hideTranslation}
          onChange={(e) => update({ hideTranslation: e.currentTarget.checked })}
        />
        {t('optionsHideTranslation')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.autoDetect}
          onChange={(e) => update({ autoDetect: e.currentTarget.checked })}
        />
        {t('optionsAutoDetect')}
      </label>
      <p role="status" class="muted">
        {saved ? t('optionsSaved') : ''}
      </p>
    </form>
  );
}
