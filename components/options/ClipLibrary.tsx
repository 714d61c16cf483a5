/**
 * The clip library: every article saved from the popup, kept in this browser. Search, read, export (one clip in any
 * format; all as JSON Lines or one TMX), import an export back, delete.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { clipLibrary } from '../../platform/clips';
import { downloadText } from '../../platform/download';
import { t, languageName } from '../../platform/i18n';
import { matchesQuery, type SavedClip } from '../../utils/clip-library';
import { formats, importClips, type FormatId } from '../../utils/export';
import { FormatSelect } from '../FormatSelect';
import { columnLanguages, tableRows } from '../../utils/export/segments';
import { clipFileName } from '../../utils/file-name';
import { getSettings } from '../../platform/storage';
import { createViews } from '../views';

type Notice = { text: string; error?: boolean };

export function ClipLibrary() {
  const [clips, setClips] = useState<SavedClip[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function reload() {
    const result = await clipLibrary.list();
    setClips(result.clips);
    setProblems(result.problems);
  }
  useEffect(() => void reload(), []);

  const shown = useMemo(() => (clips ?? []).filter((saved) => matchesQuery(saved, query)), [clips, query]);

  async function remove(saved: SavedClip) {
    await clipLibrary.remove(saved.id);
    setNotice({ text: t('libraryDeleted', titleOf(saved)) });
    await reload();
  }

  /**
   * Opens the clip in the reader's own editor, laid over the library: Done saves the corrected pairs back into the
   * clip (which every export then uses); closing the reader leaves the library as it was.
   */
  async function fixPairs(saved: SavedClip, opener: HTMLElement) {
    let current = saved;
    const views = createViews(document, {
      startEditing: true,
      onEdits: (_edits, corrected) => {
        void (async () => {
          try {
            current = await clipLibrary.replace(current, { ...current.clip, article: corrected });
            setNotice({ text: t('libraryPairsSaved', titleOf(current)) });
          } catch (error) {
            setNotice({ text: (error as Error).message || String(error), error: true });
          }
          await reload();
        })();
      },
      onViewChange: (view) => {
        if (view !== 'original') return;
        views.destroy();
        opener.focus();
      },
    });
    views.show(saved.clip.article, 'side-by-side', false, await getSettings());
  }

  function exportAll(format: 'jsonl' | 'tmx') {
    const all = (clips ?? []).map((saved) => saved.clip);
    if (all.length === 0) return;
    const chosen = formats[format];
    const stamp = new Date().toISOString().slice(0, 10);
    downloadText(chosen.merge!(all), `${stamp} Diglot library.${chosen.extension}`, chosen.mime);
  }

  async function importFile(file: File) {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return setNotice({ text: t('libraryImportUnreadable', [file.name, String(error)]), error: true });
    }
    const parsed = importClips(text);
    const stored = await clipLibrary.importClips(parsed.clips);
    const errors = [...parsed.errors, ...stored.errors];
    setNotice({
      text: [t('libraryImported', [String(stored.saved), file.name]), ...errors].join('\n'),
      error: errors.length > 0,
    });
    await reload();
  }

  return (
    <section class="library" aria-labelledby="library-heading">
      <h2 id="library-heading">{t('libraryTitle')}</h2>
      <div class="library-tools">
        <input
          type="search"
          placeholder={t('librarySearch')}
          aria-label={t('librarySearch')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="button" disabled={!clips?.length} onClick={() => exportAll('jsonl')}>
          {t('libraryExportAllJsonl')}
        </button>
        <button type="button" disabled={!clips?.length} onClick={() => exportAll('tmx')}>
          {t('libraryExportAllTmx')}
        </button>
        <label class="button">
          {t('libraryImport')}
          <input
            type="file"
            accept=".json,.jsonl,application/json"
            class="visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      <p role="status" class={notice?.error ? 'error notice' : 'muted notice'}>
        {notice?.text ?? ''}
      </p>
      {problems.length > 0 && (
        <div class="error" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      {clips === null ? null : clips.length === 0 ? (
        <p class="muted">{t('libraryEmpty')}</p>
      ) : shown.length === 0 ? (
        <p class="muted">{t('libraryNoMatch', query)}</p>
      ) : (
        <ul class="clips">
          {shown.map((saved) => (
            <ClipItem
              key={saved.id}
              saved={saved}
              open={openId === saved.id}
              onToggle={() => setOpenId(openId === saved.id ? null : saved.id)}
              onDelete={() => void remove(saved)}
              onFixPairs={(opener) => void fixPairs(saved, opener)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function titleOf(saved: SavedClip): string {
  const { citation, article } = saved.clip;
  const first = article.languages[0];
  return (first && citation.title[first]) || Object.values(citation.title)[0] || citation.url || saved.id;
}

function ClipItem(props: {
  saved: SavedClip;
  open: boolean;
  onToggle: () => void;
  onDelete: () => void;
  onFixPairs: (opener: HTMLElement) => void;
}) {
  const { saved, open } = props;
  const { article, citation } = saved.clip;
  const [format, setFormat] = useState<FormatId>('tmx');
  const langs = columnLanguages(article);
  const detailsId = `clip-${saved.id}`;
  return (
    <li class="clip-item" data-clip-id={saved.id}>
      <div class="clip-head">
        <button
          type="button"
          class="link title"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={props.onToggle}
        >
          {langs.map((lang) =>
            citation.title[lang] ? (
              <span key={lang} lang={lang} class="clip-title">
                {citation.title[lang]}
              </span>
            ) : null,
          )}
          {langs.every((lang) => !citation.title[lang]) && <span>{titleOf(saved)}</span>}
        </button>
        <p class="muted">
          {[citation.siteName, langs.map(languageName).join(' · '), saved.savedAt.slice(0, 10)]
            .filter(Boolean)
            .join(' — ')}
        </p>
        <div class="clip-actions">
          <FormatSelect value={format} onChange={setFormat} />
          <button
            type="button"
            onClick={() =>
              downloadText(
                formats[format].export(saved.clip),
                clipFileName(saved.clip, formats[format].extension),
                formats[format].mime,
              )
            }
          >
            {t('clipDownload')}
          </button>
          {article.languages.length > 1 && (
            <button type="button" data-diglot-action="fix-pairs" onClick={(e) => props.onFixPairs(e.currentTarget)}>
              {t('libraryFixPairs')}
            </button>
          )}
          {citation.url && /^https?:/i.test(citation.url) && (
            <a href={citation.url} target="_blank" rel="noopener noreferrer">
              {t('libraryOpenSource')}
            </a>
          )}
          <button type="button" class="danger" onClick={props.onDelete}>
            {t('libraryDelete')}
          </button>
        </div>
      </div>
      {open && (
        <table id={detailsId} class="pairs">
          <thead>
            <tr>
              {langs.map((lang) => (
                <th key={lang} scope="col">
                  {languageName(lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tableRows(article, langs).map((row, i) => (
              <tr key={i}>
                {row.cells.map((cell, c) => (
                  <td key={c} lang={langs[c]} dir="auto">
                    {cell.map((block) => (
                      <p key={block.id}>{block.text}</p>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
