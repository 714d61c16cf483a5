import { SettingsForm } from './SettingsForm';
import { ClipLibrary } from './ClipLibrary';
import { t } from '../../platform/i18n';

export function OptionsPage() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <SettingsForm />
      <ClipLibrary />
    </main>
  );
}
