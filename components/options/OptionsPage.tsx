import { SettingsForm } from './SettingsForm';
import { t } from '../../platform/i18n';

export function OptionsPage() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <SettingsForm />
    </main>
  );
}
