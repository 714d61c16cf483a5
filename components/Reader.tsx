/**
 * The reader overlay's Preact tree: toolbar, title block and the article in one of the reader views. It renders only
 * from the parsed blocks' plain text (Preact text nodes); no page HTML and no markup string ever reaches it.
 */
import { Component, type ComponentChildren, type JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../platform/i18n';
import { languageNames } from '../utils/badge';
import type { Block, LangTag, ParsedArticle } from '../utils/contract';
import type { ViewMode } from '../utils/messages';
import type { Settings, Theme } from '../utils/settings';
import { normalizeText } from './in-place';
import { blockDir, buildRows, isRtlLang, languageBlocks, segmentBlock, sides } from './rows';
import { useProgressive } from './progressive';
import { CodeContent, FigureContent, ListItemContent, TableContent, markedText } from './block-content';
import { languageTables, tableRuns, type PlacedBlock } from './table-runs';
import { EditHistory, type PairEdit, type Refusal } from '../utils/pair-edits';
import {
  EDIT_KEYS,
  editActionFor,
  editFor,
  refusalMessage,
  sentenceCounts,
  sentenceEdit,
  sentenceGroupNumbers,
  sentenceLang,
  sentenceRuns,
  toggleSelection,
  type EditAction,
} from './edit-mode';
import { withoutExcluded } from '../utils/export/segments';

export type ReaderView = Exclude<ViewMode, 'original'>;

/** Speech, when the browser has it: `speechSynthesis` behind two calls so the tree never touches globals. */
export interface Speech {
  speak(text: string, lang: LangTag, done: () => void): void;
  cancel(): void;
}

export interface ReaderProps {
  article: ParsedArticle;
  view: ReaderView;
  swapped: boolean;
  settings: Settings;
  /** Language of the UI strings (`readerLang`), for the root's `lang`, language names and dates. */
  uiLang: string;
  speech: Speech | null;
  /** The focused element inside the shadow root (the document only sees the host), for the focus trap. */
  activeElement(): Element | null;
  /** The toolbar (or Esc) asked for another view. */
  onView(view: ViewMode, swapped: boolean): void;
  onSettings(patch: Partial<Settings>): void;
  /**
   * Offered: "Edit pairs" in side by side. Done hands over the steps of the session and the corrected article (the
   * caller saves them and shows the corrected article from then on); Discard calls nothing.
   */
  onEdits?(edits: PairEdit[], corrected: ParsedArticle): void;
  /** Open straight in edit mode (the clip library's "Fix the pairs"). */
  startEditing?: boolean;
  /** A line for the reader, e.g. that some saved corrections no longer match the page. */
  notice?: string | null;
}

export const FONT_MIN = 12;
export const FONT_MAX = 32;
const FONT_STEP = 2;
const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
const THEME_KEYS = {
  system: 'readerThemeSystem',
  light: 'readerThemeLight',
  dark: 'readerThemeDark',
  sepia: 'readerThemeSepia',
} as const;

/** The page URL as a link only when it is plain http(s); anything else is shown as text. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function formatDate(value: string, uiLang: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  // A bare date (2026-04-12) is midnight UTC; format it in UTC so it never shows as the day before.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  try {
    return new Intl.DateTimeFormat(uiLang, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(
      date,
    );
  } catch {
    return value;
  }
}

interface BlockContext {
  article: ParsedArticle;
  /** The article's heading levels, renumbered from 2 without gaps (the titles are the h1s). */
  headingLevels: Map<number, number>;
  uiLang: string;
  speech: Speech | null;
  speaking: string | null;
  toggleSpeech(block: Block): void;
  reveal(id: string): void;
  /** Edit mode: the chosen blocks, and what a click or focus on a block does. */
  edit: {
    selected: ReadonlySet<string>;
    choose(block: Block, additive: boolean): void;
    focus(block: Block): void;
    /** The pair whose sentences are open, if any. */
    sentences: OpenSentences | null;
  } | null;
}

/** The sentence editor on one pair: its sentence groups' numbers, the chosen sentences, and what a click does. */
interface OpenSentences {
  pair: number;
  groups: Map<string, number | null>;
  chosen: ReadonlySet<string>;
  choose(key: string, additive: boolean): void;
  focus(key: string): void;
}

const SPEAKER_ICON =
  'M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z';

function BlockText(props: {
  block: Block;
  pair: number | null;
  ctx: BlockContext;
  concealed: boolean;
  /** The text as the sentence editor draws it, instead of the plain sentence runs. */
  runs?: ComponentChildren;
}) {
  const { block, pair, ctx } = props;
  // A covered translation is hidden from screen readers too, until it is revealed.
  const hidden = props.concealed ? 'true' : undefined;
  if (block.kind === 'figure') return <FigureContent block={block} />;
  if (block.kind === 'preformatted' && props.runs === undefined) return <CodeContent block={block} hidden={hidden} />;
  const segments = props.runs === undefined ? segmentBlock(ctx.article, block, pair) : [];
  let at = 0;
  const children =
    props.runs ??
    segments.map((s, i) => {
      // The runs join back to exactly the block's text: each one's marks are found by its offset.
      const from = at;
      at += s.text.length;
      const text = markedText(block, from, at);
      return s.sentence === null ? (
        text
      ) : (
        <span key={i} class="sentence" data-diglot-sentence={s.sentence} data-diglot-group={s.group ?? undefined}>
          {text}
        </span>
      );
    });
  switch (block.kind) {
    case 'heading': {
      const level = ctx.headingLevels.get(block.level ?? 2) ?? 2;
      const Tag = `h${level}` as 'h2';
      return (
        <Tag class="text" aria-hidden={hidden}>
          {children}
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote class="text" aria-hidden={hidden}>
          {children}
        </blockquote>
      );
    case 'preformatted':
      return (
        <pre class="text" aria-hidden={hidden}>
          {children}
        </pre>
      );
    case 'caption':
      return (
        <p class="text caption" aria-hidden={hidden}>
          {children}
        </p>
      );
    case 'list-item':
      return (
        <ListItemContent block={block} hidden={hidden}>
          {children}
        </ListItemContent>
      );
    default:
      return (
        <p class="text" aria-hidden={hidden}>
          {children}
        </p>
      );
  }
}

/**
 * A block of the pair whose sentences are open: each sentence a checkbox (Space or a click chooses it), marked with
 * its sentence pair's number (visible, and in words for screen readers) and that number's colour.
 */
function SentencePicker(props: { block: Block; pair: number; ctx: BlockContext; open: OpenSentences }) {
  const { block, pair, ctx, open } = props;
  const runs = sentenceRuns(ctx.article, block, pair).map((run, i) => {
    if (run.key === null) return run.text;
    const key = run.key;
    const group = open.groups.get(key) ?? null;
    const chosen = open.chosen.has(key);
    const classes = ['pick', group === null ? 'alone' : `g${(group - 1) % 6}`, chosen ? 'chosen' : ''];
    return (
      <span
        key={i}
        class={classes.filter(Boolean).join(' ')}
        role="checkbox"
        tabindex={0}
        aria-checked={chosen}
        data-diglot-sentence-key={key}
        data-diglot-sentence-group={group ?? undefined}
        onClick={(e) => {
          e.stopPropagation();
          open.choose(key, e.shiftKey || e.ctrlKey || e.metaKey);
        }}
        onFocus={() => open.focus(key)}
      >
        {run.text}
        <span class="group-tag" lang={ctx.uiLang} aria-hidden="true">
          {group ?? '–'}
        </span>
        <span class="visually-hidden" lang={ctx.uiLang}>
          {' '}
          ({group === null ? t('editSentenceAlone') : t('editSentenceGroup', String(group))})
        </span>
      </span>
    );
  });
  return <BlockText block={block} pair={pair} ctx={ctx} concealed={false} runs={runs} />;
}

function BlockView(props: {
  block: Block;
  pair: number | null;
  ctx: BlockContext;
  secondary?: boolean;
  concealed?: boolean;
}) {
  const { block, pair, ctx, secondary } = props;
  // A figure is both languages': nothing to pair, hide, read aloud or walk to with Tab.
  if (block.kind === 'figure') {
    return (
      <div class="block figure-block" data-diglot-block={block.id} data-diglot-kind="figure">
        <FigureContent block={block} />
      </div>
    );
  }
  const edit = ctx.edit;
  // Nothing is covered while the pairs are being fixed: both sides must be read to pair them.
  const concealed = props.concealed && !edit;
  const speaking = ctx.speaking === block.id;
  const chosen = edit?.selected.has(block.id) ?? false;
  // The pair whose sentences are open: its sentences are what the keyboard and the mouse choose, not the paragraph.
  const open = edit?.sentences && pair !== null && pair === edit.sentences.pair ? edit.sentences : null;
  const classes = [
    'block',
    secondary ? 'secondary' : '',
    concealed ? 'concealed' : '',
    chosen ? 'chosen' : '',
    block.excluded ? 'excluded' : '',
    open ? 'open' : '',
  ];
  // What every paragraph carries, in the editor and out of it (the e2e probes and the highlight read the data-*).
  const common = {
    class: classes.filter(Boolean).join(' '),
    lang: block.lang,
    dir: blockDir(block),
    tabindex: open ? undefined : 0,
    'data-diglot-block': block.id,
    'data-diglot-pair': pair ?? undefined,
    'data-diglot-lang': block.lang,
    'data-diglot-kind': block.kind,
  };
  if (edit && open) {
    return (
      <div {...common} data-diglot-by={ctx.article.pairs[open.pair]?.by}>
        <SentencePicker block={block} pair={open.pair} ctx={ctx} open={open} />
      </div>
    );
  }
  if (edit) {
    // A checkbox: Space chooses it (natively announced as checked), its text is its name.
    return (
      <div
        {...common}
        role="checkbox"
        aria-checked={chosen}
        data-diglot-by={pair !== null ? ctx.article.pairs[pair]?.by : undefined}
        onClick={(e) => edit.choose(block, e.shiftKey || e.ctrlKey || e.metaKey)}
        onFocus={() => edit.focus(block)}
      >
        {block.excluded ? (
          <span class="left-out" lang={ctx.uiLang}>
            {t('editLeftOutTag')}{' '}
          </span>
        ) : null}
        <BlockText block={block} pair={pair} ctx={ctx} concealed={false} />
      </div>
    );
  }
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (concealed && (e.key === 'Enter' || e.key === ' ') && e.target === e.currentTarget) {
      e.preventDefault();
      ctx.reveal(block.id);
    }
  };
  return (
    <div {...common} onKeyDown={concealed ? onKeyDown : undefined}>
      <BlockText block={block} pair={pair} ctx={ctx} concealed={!!concealed} />
      {concealed ? (
        // A real button over the blurred text: its visible label is its name, and Enter works natively.
        <button
          type="button"
          class="reveal"
          lang={ctx.uiLang}
          data-diglot-action="reveal"
          onClick={(e) => {
            // The button goes away with the cover: keep the keyboard's place on the paragraph itself.
            (e.currentTarget.parentElement as HTMLElement | null)?.focus();
            ctx.reveal(block.id);
          }}
        >
          {t('readerReveal')}
        </button>
      ) : ctx.speech ? (
        <button
          type="button"
          class="speak"
          lang={ctx.uiLang}
          dir="auto"
          aria-label={t('readerReadAloud')}
          aria-pressed={speaking}
          onClick={() => ctx.toggleSpeech(block)}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={SPEAKER_ICON} />
          </svg>
        </button>
      ) : null}
    </div>
  );
}

/** `twoLanguages`: both languages are on screen, so swapping sides and hiding the translation mean something. */
function Toolbar(
  props: ReaderProps & {
    names: string[];
    hideTranslation: boolean;
    twoLanguages: boolean;
    onHideToggle(): void;
    /** Edit pairs is offered (side by side, two languages); whether it is on; the button's action. */
    canEdit: boolean;
    editing: boolean;
    onEditToggle(): void;
  },
) {
  const { view, swapped, settings, names, onView, onSettings } = props;
  const viewButton = (target: ReaderView, label: string) => (
    <button
      type="button"
      aria-pressed={view === target}
      data-diglot-view={target}
      onClick={() => view !== target && onView(target, swapped)}
    >
      {label}
    </button>
  );
  const nextTheme = THEMES[(THEMES.indexOf(settings.theme) + 1) % THEMES.length]!;
  return (
    <div class="toolbar" role="group" aria-label={t('readerControls')}>
      <div class="group" role="group" aria-label={t('readerViewGroup')}>
        {viewButton('side-by-side', t('readerViewSideBySide'))}
        {viewButton('interleaved', t('readerViewInterleaved'))}
        {viewButton('first-only', t('readerViewOnly', names[0] ?? ''))}
        {names[1] !== undefined ? viewButton('second-only', t('readerViewOnly', names[1])) : null}
      </div>
      <div class="group">
        {props.twoLanguages ? (
          <button type="button" data-diglot-action="swap" onClick={() => onView(view, !swapped)}>
            {t('readerSwap')}
          </button>
        ) : null}
        {props.twoLanguages ? (
          <button
            type="button"
            data-diglot-action="hide-translation"
            aria-pressed={props.hideTranslation}
            onClick={props.onHideToggle}
          >
            {t('readerHideTranslation')}
          </button>
        ) : null}
        {props.canEdit ? (
          <button
            type="button"
            data-diglot-action="edit-pairs"
            aria-pressed={props.editing}
            aria-keyshortcuts="E"
            onClick={props.onEditToggle}
          >
            {t('editPairs')}
          </button>
        ) : null}
      </div>
      <div class="group">
        <button type="button" data-diglot-action="theme" onClick={() => onSettings({ theme: nextTheme })}>
          {t('readerTheme', t(THEME_KEYS[settings.theme]))}
        </button>
        {/* Symbols only as visible text, so the accessible names ("Smaller text") never contradict them. */}
        <span class="font-label" aria-hidden="true">
          Aa
        </span>
        <button
          type="button"
          data-diglot-action="font-smaller"
          aria-label={t('readerFontSmaller')}
          disabled={settings.fontSize <= FONT_MIN}
          onClick={() => onSettings({ fontSize: Math.max(FONT_MIN, settings.fontSize - FONT_STEP) })}
        >
          −
        </button>
        <button
          type="button"
          data-diglot-action="font-larger"
          aria-label={t('readerFontLarger')}
          disabled={settings.fontSize >= FONT_MAX}
          onClick={() => onSettings({ fontSize: Math.min(FONT_MAX, settings.fontSize + FONT_STEP) })}
        >
          +
        </button>
      </div>
      <span class="spacer" />
      <button
        type="button"
        class="close"
        data-diglot-action="close"
        aria-label={t('readerClose')}
        onClick={() => onView('original', swapped)}
      >
        ×
      </button>
    </div>
  );
}

function Title({ lang, text, secondary }: { lang: LangTag; text: string; secondary?: boolean }) {
  return (
    <h1
      class={'title' + (secondary ? ' secondary' : '')}
      lang={lang}
      dir={isRtlLang(lang) ? 'rtl' : 'auto'}
      data-diglot-title={lang}
    >
      {text}
    </h1>
  );
}

/** A title or block text without the brackets or quotes a site may print a title in, for comparing the two. */
function bareTitle(text: string): string {
  return normalizeText(text).replace(/^[[“"「『(（【«‹‘'\s]+|[\]”"」』)）】»›’'\s]+$/g, '');
}

function Header({ article, view, swapped, uiLang }: ReaderProps) {
  const { left, right } = sides(article, swapped);
  const only = view === 'first-only' ? article.languages[0] : view === 'second-only' ? article.languages[1] : undefined;
  // Many sites print the title again inside the article (often in brackets), where the parser keeps it as a block:
  // show each title once. In side by side a title left out keeps its column, so the other stays over its own side.
  // Only blocks about as short as a title can repeat it: normalising every block of a long book to compare took longer
  // than drawing its first screen.
  const printed = (title: string): boolean => {
    const bare = bareTitle(title);
    return article.blocks.some((b) => b.text.length <= 4 * title.length + 40 && bareTitle(b.text) === bare);
  };
  const slots = (only !== undefined ? [only] : [left, right]).map((l) =>
    l !== undefined && article.title[l] && !printed(article.title[l]) ? l : null,
  );
  const keepColumns = view === 'side-by-side' && slots.length === 2;
  const titles = keepColumns ? slots : slots.filter((l) => l !== null);
  const href = safeHttpUrl(article.url);
  const source = article.url ?? article.source;
  return (
    <header class="head">
      {titles.some((l) => l !== null) ? (
        <div class={'titles ' + (keepColumns ? 'two' : 'one')}>
          {titles.map((lang, i) =>
            lang === null ? (
              <div key={`empty${i}`} />
            ) : (
              <Title
                key={lang}
                lang={lang}
                text={article.title[lang]!}
                secondary={view === 'interleaved' && lang === right}
              />
            ),
          )}
        </div>
      ) : null}
      <p class="meta">
        {article.byline ? <span class="byline">{article.byline}</span> : null}
        {article.publishedTime ? (
          <time dateTime={article.publishedTime}>{formatDate(article.publishedTime, uiLang)}</time>
        ) : null}
        {article.siteName ? <span class="site">{article.siteName}</span> : null}
        {article.pages ? (
          // Two pages read together: each page's own address, named by its language.
          <span class="source">
            {t('readerSources')}{' '}
            {article.pages.map((page, i) => {
              const pageHref = safeHttpUrl(page.url);
              const name = languageNames([page.lang], uiLang)[0] ?? page.lang;
              return (
                <span key={i} data-diglot-page-source={i}>
                  {i > 0 ? ' · ' : null}
                  {pageHref ? (
                    <a href={pageHref} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
                      {name} ({new URL(pageHref).host})
                    </a>
                  ) : (
                    <span>{name}</span>
                  )}
                </span>
              );
            })}
          </span>
        ) : source ? (
          <span class="source">
            {t('readerSource')}{' '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
                {new URL(href).host || href}
              </a>
            ) : (
              <span>{source}</span>
            )}
          </span>
        ) : null}
      </p>
    </header>
  );
}

function Body(props: ReaderProps & { ctx: BlockContext; hideTranslation: boolean; revealed: Set<string> }) {
  const { article, view, swapped, ctx, hideTranslation, revealed } = props;
  const one = view === 'first-only' || view === 'second-only';
  const lang = article.languages[view === 'first-only' ? 0 : 1];
  // Rows are built once per article and side, not on each of the progressive renders (on a page of 5,000 rows,
  // building them again for each slice of 150 made every slice a long task).
  const items = useMemo(() => (one ? languageTables(languageBlocks(article, lang)) : []), [one, article, lang]);
  const allPieces = useMemo(() => (one ? [] : tableRuns(buildRows(article, swapped))), [one, article, swapped]);
  const list: readonly ChunkItem[] = one ? items : allPieces;
  const chunks = useMemo(() => chunked(list), [list]);
  // A long article paints its first screen at once and the rest in later tasks (progressive.ts).
  const shown = useProgressive(list.length, `${article.url ?? article.source ?? ''} ${view}`);
  const kind: ChunkKind = one ? 'one' : view === 'interleaved' ? 'interleaved' : 'grid';
  const chunkViews = chunks
    .slice(0, Math.ceil(shown / CHUNK))
    .map((chunk, i) => (
      <Chunk key={i} kind={kind} items={chunk} ctx={ctx} hideTranslation={hideTranslation} revealed={revealed} />
    ));
  // Only a long article leaves its chunks off screen unrendered: an ordinary one is drawn whole, as before.
  const long = chunks.length > LONG_CHUNKS ? ' long' : '';
  if (one) {
    return (
      <div class={`flow${long}`} data-diglot-column={lang}>
        {chunkViews}
      </div>
    );
  }
  return <div class={`${kind === 'grid' ? 'grid-chunks' : 'flow'}${long}`}>{chunkViews}</div>;
}

/**
 * Rows per chunk of an article. A chunk is rendered once: later progressive slices add chunks and leave the ones drawn
 * alone (before, each slice diffed every row drawn so far, and on 5,000 rows the slices grew to 100 ms tasks). In a
 * long article the browser also skips laying out and painting chunks that are off screen (`content-visibility: auto`
 * in styles.ts), where one grid of every row was laid out whole on each slice. FIRST_ROWS and MORE_ROWS are multiples.
 */
const CHUNK = 30;
/** More chunks than this (150 rows) and those off screen are skipped by layout and paint. */
const LONG_CHUNKS = 5;
type ChunkKind = 'grid' | 'interleaved' | 'one';
type LanguageItem = { block: Block; pair: number | null };
type OneItem = LanguageItem | LanguageItem[];
type ChunkItem = ReturnType<typeof tableRuns>[number] | OneItem;

function chunked<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

interface ChunkProps {
  kind: ChunkKind;
  items: ChunkItem[];
  ctx: BlockContext;
  hideTranslation: boolean;
  revealed: Set<string>;
}

/** One chunk of rows; drawn again only when one of its props changes (a progressive slice changes none of them). */
class Chunk extends Component<ChunkProps> {
  override shouldComponentUpdate(next: ChunkProps): boolean {
    const p = this.props;
    return (
      p.kind !== next.kind ||
      p.items !== next.items ||
      p.ctx !== next.ctx ||
      p.hideTranslation !== next.hideTranslation ||
      p.revealed !== next.revealed
    );
  }

  override render() {
    const { kind, items, ctx, hideTranslation, revealed } = this.props;
    const conceal = (b: Block) => hideTranslation && !revealed.has(b.id);
    // A cell of a table: the table sets the languages apart by its columns, so no cell is drawn as the secondary one.
    const cellView = (p: PlacedBlock) => (
      <BlockView
        key={p.block.id}
        block={p.block}
        pair={p.pair}
        ctx={ctx}
        concealed={p.side === 'right' && conceal(p.block)}
      />
    );
    const table = (cells: PlacedBlock[]) => (
      <TableContent key={`t${cells[0]!.block.id}`} cells={cells.map((p) => ({ block: p.block, view: cellView(p) }))} />
    );
    if (kind === 'one') {
      return (
        <div class="chunk flow-chunk">
          {(items as OneItem[]).map((item) =>
            Array.isArray(item) ? (
              table(item.map(({ block, pair }) => ({ block, pair, side: 'left' })))
            ) : (
              <BlockView key={item.block.id} block={item.block} pair={item.pair} ctx={ctx} />
            ),
          )}
        </div>
      );
    }
    const pieces = items as ReturnType<typeof tableRuns>;
    if (kind === 'interleaved') {
      return (
        <div class="chunk flow-chunk">
          {pieces.flatMap((piece) =>
            'run' in piece
              ? [...piece.run.spanning, ...piece.run.left, ...piece.run.right].map(table)
              : [
                  ...piece.row.left.map((b) => <BlockView key={b.id} block={b} pair={piece.row.pair} ctx={ctx} />),
                  ...piece.row.full.map((b) => <BlockView key={b.id} block={b} pair={piece.row.pair} ctx={ctx} />),
                  ...piece.row.right.map((b) => (
                    <BlockView key={b.id} block={b} pair={piece.row.pair} ctx={ctx} secondary concealed={conceal(b)} />
                  )),
                ],
          )}
        </div>
      );
    }
    return (
      <div class="chunk grid">
        {pieces.flatMap((piece) => {
          const i = piece.index;
          if ('run' in piece) {
            const { spanning, left, right } = piece.run;
            return [
              ...spanning.map((cells) => (
                <div key={`s${i}${cells[0]!.block.id}`} class="cell full" data-diglot-row={i}>
                  {table(cells)}
                </div>
              )),
              ...(left.length || right.length
                ? [
                    <div key={`l${i}`} class="cell left" data-diglot-row={i}>
                      {left.map(table)}
                    </div>,
                    <div key={`r${i}`} class="cell right" data-diglot-row={i}>
                      {right.map(table)}
                    </div>,
                  ]
                : []),
            ];
          }
          const row = piece.row;
          return row.full.length
            ? [
                <div key={`f${i}`} class="cell full" data-diglot-row={i}>
                  {row.full.map((b) => (
                    <BlockView key={b.id} block={b} pair={row.pair} ctx={ctx} />
                  ))}
                </div>,
              ]
            : [
                <div key={`l${i}`} class="cell left" data-diglot-row={i}>
                  {row.left.map((b) => (
                    <BlockView key={b.id} block={b} pair={row.pair} ctx={ctx} />
                  ))}
                </div>,
                <div key={`r${i}`} class="cell right" data-diglot-row={i}>
                  {row.right.map((b) => (
                    <BlockView key={b.id} block={b} pair={row.pair} ctx={ctx} concealed={conceal(b)} />
                  ))}
                </div>,
              ];
        })}
      </div>
    );
  }
}

/** Sites skip heading levels (an h1 title, then h4 subheads); screen reader users navigate by them, so close gaps. */
export function headingLevels(article: ParsedArticle): Map<number, number> {
  const levels = [...new Set(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.level ?? 2))].sort(
    (a, b) => a - b,
  );
  return new Map(levels.map((level, i) => [level, Math.min(6, 2 + i)]));
}

/** Tab and Shift+Tab cycle inside the dialog; Esc closes it. */
function onDialogKeyDown(e: JSX.TargetedKeyboardEvent<HTMLElement>, props: ReaderProps) {
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    props.onView('original', props.swapped);
    return;
  }
  if (e.key !== 'Tab') return;
  const focusable = Array.from(
    e.currentTarget.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex="0"]'),
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const current = props.activeElement();
  if (e.shiftKey && (current === first || current === e.currentTarget || !current)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && current === last) {
    e.preventDefault();
    first.focus();
  }
}

/** The edit bar's buttons, in order: the action, its label's message key, and the key shown beside it. */
const EDIT_BUTTONS: readonly [EditAction, MessageKey, string][] = [
  ['pair', 'editPair', 'P'],
  ['unpair', 'editUnpair', 'U'],
  ['merge-up', 'editMergeUp', '['],
  ['merge-down', 'editMergeDown', ']'],
  ['split', 'editSplit', 'S'],
  ['exclude', 'editExclude', 'X'],
  ['sentences', 'editSentences', 'T'],
  ['undo', 'editUndo', 'Ctrl+Z'],
  ['redo', 'editRedo', 'Ctrl+Y'],
  ['done', 'editDone', 'Enter'],
  ['discard', 'editDiscard', 'Esc'],
];

/** The buttons while a pair's sentences are open: Esc goes back to the paragraphs there, Discard has no key. */
const SENTENCE_BUTTONS: readonly [EditAction, MessageKey, string][] = [
  ['pair', 'editPair', 'P'],
  ['sentences', 'editParagraphs', 'Esc'],
  ['undo', 'editUndo', 'Ctrl+Z'],
  ['redo', 'editRedo', 'Ctrl+Y'],
  ['done', 'editDone', 'Enter'],
  ['discard', 'editDiscard', ''],
];
const SENTENCE_KEYS: Partial<Record<EditAction, string>> = { sentences: 'Escape T', discard: undefined };

function EditBar(props: {
  canUndo: boolean;
  canRedo: boolean;
  said: string;
  sentences: boolean;
  act(action: EditAction): void;
}) {
  const buttons = props.sentences ? SENTENCE_BUTTONS : EDIT_BUTTONS;
  const keys = (action: EditAction) =>
    props.sentences && action in SENTENCE_KEYS ? SENTENCE_KEYS[action] : EDIT_KEYS[action];
  return (
    <div class="editbar" role="group" aria-label={t('editPairs')} data-diglot-editbar="">
      <p class="edit-help">{t(props.sentences ? 'editSentencesHelp' : 'editHelp')}</p>
      <div class="group">
        {buttons.map(([action, key, shown]) => (
          <button
            key={action}
            type="button"
            data-diglot-edit={action}
            aria-keyshortcuts={keys(action)}
            disabled={(action === 'undo' && !props.canUndo) || (action === 'redo' && !props.canRedo)}
            onClick={() => props.act(action)}
          >
            {t(key)} {shown ? <kbd aria-hidden="true">{shown}</kbd> : null}
          </button>
        ))}
      </div>
      <p class="edit-status" role="status" data-diglot-edit-status="">
        {props.said}
      </p>
    </div>
  );
}

/** What a step did, in words, for the live region. */
function describeEdit(edit: PairEdit): string {
  switch (edit.op) {
    case 'pair':
      return t('editPaired', String(edit.blocks.length));
    case 'unpair':
      return t('editUnpaired');
    case 'merge':
      return t(edit.into === 'above' ? 'editMergedUp' : 'editMergedDown');
    case 'split':
      return t('editSplitDone');
    case 'exclude':
      return t('editExcluded');
    case 'include':
      return t('editIncluded');
    case 'sentences':
      return t('editSentencesPaired', [String(edit.a.length), String(edit.b.length)]);
  }
}

/** Arrow keys in the editor: up and down within a column, left and right to the facing column's nearest row. */
function arrowTarget(root: HTMLElement, from: HTMLElement, key: string): HTMLElement | null {
  // Only paragraphs that take the focus (those of a pair whose sentences are open do not: their sentences do).
  const all = Array.from(root.querySelectorAll<HTMLElement>('.grid [data-diglot-block][tabindex]'));
  const lang = from.getAttribute('data-diglot-lang');
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const same = all.filter((el) => el.getAttribute('data-diglot-lang') === lang);
    const at = same.indexOf(from);
    return same[key === 'ArrowUp' ? at - 1 : at + 1] ?? null;
  }
  const rowOf = (el: Element): number => Number(el.closest('[data-diglot-row]')?.getAttribute('data-diglot-row') ?? 0);
  const row = rowOf(from);
  let best: HTMLElement | null = null;
  for (const el of all) {
    if (el.getAttribute('data-diglot-lang') === lang || el.closest('.full')) continue;
    if (!best || Math.abs(rowOf(el) - row) < Math.abs(rowOf(best) - row)) best = el;
  }
  return best;
}

/**
 * Arrow keys in the sentence editor: up and down through the sentences of one side, left and right to the facing
 * side (to the first sentence of the same sentence pair, or the one at the same place when it has none).
 */
function sentenceArrowTarget(root: HTMLElement, from: HTMLElement, key: string): HTMLElement | null {
  const all = Array.from(root.querySelectorAll<HTMLElement>('[data-diglot-sentence-key]'));
  const langOf = (el: HTMLElement) => sentenceLang(el.getAttribute('data-diglot-sentence-key') ?? '');
  const lang = langOf(from);
  const same = all.filter((el) => langOf(el) === lang);
  const at = same.indexOf(from);
  if (key === 'ArrowUp' || key === 'ArrowDown') return same[key === 'ArrowUp' ? at - 1 : at + 1] ?? null;
  const other = all.filter((el) => langOf(el) !== lang);
  const group = from.getAttribute('data-diglot-sentence-group');
  const partner =
    group === null ? undefined : other.find((el) => el.getAttribute('data-diglot-sentence-group') === group);
  return partner ?? other[Math.min(at, other.length - 1)] ?? null;
}

export function Reader(props: ReaderProps) {
  const { view, settings, uiLang, speech } = props;
  const [revealed, setRevealed] = useState<Set<string>>(() => new Set());
  const [speaking, setSpeaking] = useState<string | null>(null);
  const twoLanguages = props.article.languages.length > 1;
  const canEdit = !!props.onEdits && twoLanguages && view === 'side-by-side';
  // The editing session: its undo history over the article as given, the chosen blocks, the block with the
  // keyboard's or mouse's attention (what Unpair, Merge, Split and Leave out act on), and the last announcement.
  const [history, setHistory] = useState<EditHistory | null>(() =>
    props.startEditing && props.onEdits ? new EditHistory(props.article) : null,
  );
  const [, setVersion] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  // The sentence editor: a block of the pair whose sentences are open, the chosen sentences, the focused one.
  const [sentencesOf, setSentencesOf] = useState<string | null>(null);
  const [chosenSentences, setChosenSentences] = useState<string[]>([]);
  const [sentenceCursor, setSentenceCursor] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // After a step the blocks are drawn again (a block may move to another row): keep the keyboard's place, a
  // paragraph (`data-diglot-block`) or a sentence (`data-diglot-sentence-key`).
  const refocus = useRef<{ attribute: string; value: string } | null>(null);
  // A layout effect: it runs right after the render, also in a tab the browser does not paint (no animation frame).
  useLayoutEffect(() => {
    const place = refocus.current;
    if (place === null) return;
    refocus.current = null;
    const candidates = rootRef.current?.querySelectorAll<HTMLElement>(`[${place.attribute}]`) ?? [];
    const target = Array.from(candidates).find((el) => el.getAttribute(place.attribute) === place.value);
    target?.focus({ preventScroll: false });
  });
  const focusBlock = (id: string) => (refocus.current = { attribute: 'data-diglot-block', value: id });
  const focusSentence = (key: string) => (refocus.current = { attribute: 'data-diglot-sentence-key', value: key });
  const editing = history !== null && canEdit;
  // Blocks a person left out are shown (struck through) only while editing; every other view leaves them out.
  const article = editing ? history.current : withoutExcluded(props.article);
  const pairIndexOf = (a: ParsedArticle, id: string) =>
    a.pairs.findIndex((p) => Object.values(p.blocks).some((ids) => ids.includes(id)));
  // Open while its pair exists (an undo may take the pair away; the sentences close with it).
  const openPair = editing && sentencesOf !== null ? pairIndexOf(article, sentencesOf) : -1;
  const inSentences = openPair >= 0;
  const names = languageNames(article.languages, uiLang);
  // "Hide the translation" covers the language shown second: the right column, or the indented counterpart.
  const hideTranslation =
    settings.hideTranslation && twoLanguages && (view === 'side-by-side' || view === 'interleaved');

  const focusEditButton = () =>
    setTimeout(() => rootRef.current?.querySelector<HTMLElement>('[data-diglot-action="edit-pairs"]')?.focus(), 0);

  function startEditing() {
    setHistory(new EditHistory(props.article));
    setSelected([]);
    closeSentenceState();
    setSaid(t('editStarted'));
  }

  function closeSentenceState() {
    setSentencesOf(null);
    setChosenSentences([]);
    setSentenceCursor(null);
  }

  /** T on a paragraph of a pair: its sentences open in place, the keyboard on the first of that paragraph's. */
  function openSentences(current: ParsedArticle) {
    if (cursor === null) return setSaid(t('editChooseOne'));
    const index = pairIndexOf(current, cursor);
    const pair = current.pairs[index];
    if (!pair) return setSaid(t('editNoPairHere'));
    if (sentenceCounts(current, pair).some((n) => n === 0)) return setSaid(t('editNoSentences'));
    const block = current.blocks.find((b) => b.id === cursor)!;
    const first = sentenceRuns(current, block, index).find((r) => r.key !== null)?.key ?? null;
    setSentencesOf(cursor);
    setChosenSentences([]);
    setSentenceCursor(first);
    if (first !== null) focusSentence(first);
    setSaid(t('editSentencesOpen'));
  }

  /** Esc (or T, or the button) in the sentences: back to the paragraphs, on the paragraph the keyboard was in. */
  function closeSentences() {
    const active = props.activeElement();
    const id = active?.closest?.('[data-diglot-block]')?.getAttribute('data-diglot-block') ?? sentencesOf;
    closeSentenceState();
    if (id) {
      setCursor(id);
      focusBlock(id);
    }
    setSaid(t('editSentencesClosed'));
  }

  function refusedSaid(refused: Refusal): string {
    const { key, substitutions } = refusalMessage(refused, (tag) => languageNames([tag], uiLang)[0] ?? tag);
    return t('editRefused', t(key, substitutions));
  }

  function act(action: EditAction) {
    if (!history) return;
    const active = props.activeElement();
    const onBlock = !!active?.closest?.('[data-diglot-block]');
    if (action === 'done' || action === 'discard') {
      if (action === 'done' && history.edits.length > 0) props.onEdits?.(history.edits, history.current);
      setHistory(null);
      setSelected([]);
      closeSentenceState();
      setSaid(t(action === 'done' ? 'editKept' : 'editDiscarded', String(history.edits.length)));
      focusEditButton();
      return;
    }
    if (action === 'sentences') {
      if (inSentences) closeSentences();
      else openSentences(history.current);
      setVersion((v) => v + 1);
      return;
    }
    if (action === 'undo' || action === 'redo') {
      const moved = action === 'undo' ? history.undo() : history.redo();
      setSaid(
        moved ? t(action === 'undo' ? 'editUndone' : 'editRedone') : t(action === 'undo' ? 'editNoUndo' : 'editNoRedo'),
      );
      if (sentencesOf !== null && pairIndexOf(history.current, sentencesOf) < 0) closeSentenceState();
    } else if (inSentences && sentencesOf !== null) {
      if (action !== 'pair') {
        setSaid(t('editSentencesFirst'));
      } else {
        const [first, second] = history.current.languages;
        const edit = sentenceEdit(sentencesOf, chosenSentences, first ?? '', second ?? '');
        const refused = history.apply(edit);
        setSaid(refused === null ? describeEdit(edit) : refusedSaid(refused));
        if (refused === null) setChosenSentences([]);
      }
    } else {
      const edit = editFor(action, cursor, selected, history.current);
      if (!edit) {
        setSaid(t(action === 'pair' ? 'editChooseBoth' : 'editChooseOne'));
      } else {
        const refused = history.apply(edit);
        setSaid(refused === null ? describeEdit(edit) : refusedSaid(refused));
        // A step done: start the next choice afresh (a refused one keeps the choice, to be corrected).
        if (refused === null) setSelected([]);
      }
    }
    const onSentence = !!active?.closest?.('[data-diglot-sentence-key]');
    if (onSentence && sentenceCursor !== null) focusSentence(sentenceCursor);
    else if (onBlock && cursor !== null) focusBlock(cursor);
    setVersion((v) => v + 1);
  }

  function onKeyDown(e: JSX.TargetedKeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    const onBlock = target.closest?.('[data-diglot-block]') as HTMLElement | null;
    if (!editing) {
      if (canEdit && props.onEdits && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        startEditing();
        return;
      }
      onDialogKeyDown(e, props);
      return;
    }
    const onSentence = target.closest?.('[data-diglot-sentence-key]') as HTMLElement | null;
    if (onSentence && e.key.startsWith('Arrow')) {
      e.preventDefault();
      sentenceArrowTarget(e.currentTarget, onSentence, e.key)?.focus();
      return;
    }
    if (onSentence && e.key === ' ') {
      e.preventDefault();
      chooseSentence(onSentence.getAttribute('data-diglot-sentence-key')!, e.shiftKey || e.ctrlKey || e.metaKey);
      return;
    }
    if (onBlock && e.key.startsWith('Arrow')) {
      const next = arrowTarget(e.currentTarget, onBlock, e.key);
      e.preventDefault();
      next?.focus();
      return;
    }
    if (onBlock && e.key === ' ') {
      e.preventDefault();
      const id = onBlock.getAttribute('data-diglot-block')!;
      const block = article.blocks.find((b) => b.id === id);
      if (block) choose(block, e.shiftKey || e.ctrlKey || e.metaKey);
      return;
    }
    // Enter on a button presses the button; on a paragraph or elsewhere it means Done.
    if (e.key === 'Enter' && (target.closest('button') || target.closest('a'))) return;
    const asked = editActionFor(e);
    // In the sentences, Esc goes back to the paragraphs (Discard stays on its button).
    const action = inSentences && asked === 'discard' ? 'sentences' : asked;
    if (action) {
      e.preventDefault();
      e.stopPropagation();
      act(action);
      return;
    }
    onDialogKeyDown(e, props);
  }

  function choose(block: Block, additive: boolean) {
    // A paragraph chosen while a pair's sentences are open: back to the paragraphs.
    if (sentencesOf !== null) closeSentenceState();
    setCursor(block.id);
    const langOf = (id: string) => history?.current.blocks.find((b) => b.id === id)?.lang;
    setSelected((prev) => toggleSelection(prev, block.id, langOf, additive));
  }

  function chooseSentence(key: string, additive: boolean) {
    setSentenceCursor(key);
    setChosenSentences((prev) => toggleSelection(prev, key, sentenceLang, additive));
  }

  const ctx: BlockContext = {
    article,
    headingLevels: headingLevels(article),
    uiLang,
    speech,
    speaking,
    reveal: (id) => setRevealed((prev) => new Set(prev).add(id)),
    toggleSpeech: (block) => {
      if (!speech) return;
      speech.cancel();
      if (speaking === block.id) {
        setSpeaking(null);
        return;
      }
      setSpeaking(block.id);
      speech.speak(block.text, block.lang, () => setSpeaking((s) => (s === block.id ? null : s)));
    },
    edit: editing
      ? {
          selected: new Set(selected),
          choose,
          focus: (block) => setCursor(block.id),
          sentences: inSentences
            ? {
                pair: openPair,
                groups: sentenceGroupNumbers(article.pairs[openPair]!),
                chosen: new Set(chosenSentences),
                choose: chooseSentence,
                focus: setSentenceCursor,
              }
            : null,
        }
      : null,
  };
  const bodyProps = { ...props, article };
  return (
    <div
      ref={rootRef}
      class={'root' + (editing ? ' editing' : '')}
      role="dialog"
      aria-modal="true"
      aria-label={t('readerDialogLabel')}
      tabindex={-1}
      lang={uiLang}
      data-theme={settings.theme}
      data-view={view}
      data-diglot-editing={editing ? '' : undefined}
      data-diglot-sentences={inSentences ? '' : undefined}
      style={{ '--diglot-font-size': `${settings.fontSize}px`, '--diglot-col': `${settings.columnWidth}ch` }}
      onKeyDown={onKeyDown}
    >
      <div class="bars">
        <Toolbar
          {...bodyProps}
          names={names}
          hideTranslation={settings.hideTranslation}
          twoLanguages={twoLanguages && (view === 'side-by-side' || view === 'interleaved')}
          onHideToggle={() => {
            // Hiding again covers every translation again, including those revealed before.
            setRevealed(new Set());
            props.onSettings({ hideTranslation: !settings.hideTranslation });
          }}
          canEdit={canEdit}
          editing={editing}
          onEditToggle={() => (editing ? act('done') : startEditing())}
        />
        {editing ? (
          <EditBar canUndo={history.canUndo} canRedo={history.canRedo} said={said} sentences={inSentences} act={act} />
        ) : (
          // Outside the editor the same live region says what Done or Discard did.
          <p class="edit-status quiet" role="status" data-diglot-edit-status="">
            {said}
          </p>
        )}
      </div>
      <article class="page">
        <Header {...bodyProps} />
        {props.notice ? (
          <p class="notice" data-diglot-notice="">
            {props.notice}
          </p>
        ) : null}
        <Body {...bodyProps} ctx={ctx} hideTranslation={hideTranslation} revealed={revealed} />
      </article>
    </div>
  );
}
