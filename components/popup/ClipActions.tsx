/**
 * Clip the article: copy it as Markdown, download it in a chosen format, or save it to the library. The clip
 * (article plus citation metadata) is read from the page by the content script; nothing leaves the device.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '../../platform/messaging';
import { clipLibrary } from '../../platform/clips';
import { downloadText } from '../../platform/download';
import { t } from '../../platform/i18n';
import { formats, type FormatId } from '../../utils/export';
import { FormatSelect } from '../FormatSelect';
import type { Clip } from '../../utils/export/clip';
import { clipFileName } from '../../utils/file-name';

export function ClipActions({ tabId }: { tabId: number }) {
  const [format, setFormat] = useState<FormatId>('md');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function withClip(action: (clip: Clip) => Promise<string>) {
    setBusy(true);
    try {
      const clip = await sendMessage('content:clip', undefined, tabId);
      if (!clip) throw new Error(t('clipNothing'));
      setMessage({ text: await action(clip) });
    } catch (error) {
      setMessage({ text: (error as Error).message || String(error), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="clip" aria-label={t('clipHeading')}>
      <div class="clip-row">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            withClip(async (clip) => {
              await navigator.clipboard.writeText(formats.md.export(clip));
              return t('clipCopied');
            })
          }
        >
          {t('clipCopy')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            withClip(async (clip) => {
              await clipLibrary.save(clip);
              return t('clipSaved');
            })
          }
        >
          {t('clipSave')}
        </button>
      </div>
      <div class="clip-row">
        <FormatSelect value={format} onChange={setFormat} />
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            withClip(async (clip) => {
              const chosen = formats[format];
              const name = clipFileName(clip, chosen.extension);
              downloadText(chosen.export(clip), name, chosen.mime);
              return t('clipDownloaded', name);
            })
          }
        >
          {t('clipDownload')}
        </button>
      </div>
      <p role="status" class={message?.error ? 'error' : 'muted'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
