/** The export-format menu of the popup and the library: the formats a person downloads, named as in the registry. */
import { t } from '../platform/i18n';
import { formats, isFormatId, type FormatId } from '../utils/export';

export const DOWNLOAD_FORMATS: readonly FormatId[] = ['md', 'json', 'tmx', 'tsv'];

export function FormatSelect({ value, onChange }: { value: FormatId; onChange: (format: FormatId) => void }) {
  return (
    <select
      aria-label={t('clipFormat')}
      value={value}
      onChange={(e) => isFormatId(e.currentTarget.value) && onChange(e.currentTarget.value)}
    >
      {DOWNLOAD_FORMATS.map((id) => (
        <option key={id} value={id}>
          {formats[id].label}
        </option>
      ))}
    </select>
  );
}
