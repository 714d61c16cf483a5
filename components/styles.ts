/**
 * The reader's whole style sheet. Its `:host` rule pins the host element: important declarations from inside a shadow
 * tree beat the page's own important rules for its host (CSS Scoping), so no page style can move, hide or restyle it;
 * and unlike an inline `style` it leaves text spacing overridable by the user's own style sheets (WCAG 1.4.12).
 * It lives inside the closed shadow root, so the page's CSS cannot reach the reader
 * and the reader's cannot leak into the page. Sizes come from CSS variables set from the settings.
 */

/** Serif body text first, then CJK faces so Hangul and Han never fall back to a random sans. */
const SERIF =
  '"Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "Noto Serif", "Source Serif 4", ' +
  '"Noto Serif CJK KR", "Noto Serif CJK SC", "Noto Serif CJK JP", "Noto Sans CJK KR", "Noto Sans CJK SC", ' +
  '"Noto Sans CJK JP", "Apple SD Gothic Neo", "Hiragino Mincho ProN", "Songti SC", serif';
const SANS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK SC", sans-serif';

export const READER_CSS = `
:host {
  all: initial !important; display: block !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important;
}
.root {
  --bg: #fdfdfb; --fg: #1d1d1f; --muted: #5b5b62; --rule: #deded8; --accent: #2a5db0; --tint: #f1f3f7;
  --active: #fff2b8; --sentence: #ffe27a; --focus: #2a5db0;
  position: fixed; inset: 0; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg);
  font-family: ${SERIF};
  font-size: var(--diglot-font-size, 18px); line-height: 1.65;
  -webkit-text-size-adjust: 100%; text-rendering: optimizeLegibility; font-kerning: normal;
}
.root[data-theme="dark"] {
  --bg: #17181b; --fg: #e6e4df; --muted: #a4a29c; --rule: #34363b; --accent: #8ab4f8; --tint: #202328;
  --active: #3d3a22; --sentence: #5c5426; --focus: #8ab4f8; color-scheme: dark;
}
.root[data-theme="sepia"] {
  --bg: #f4ecd8; --fg: #3b2f20; --muted: #6e5f4a; --rule: #dccfb1; --accent: #8a4b12; --tint: #ece2c8;
  --active: #f0dc9a; --sentence: #e9c96a; --focus: #8a4b12;
}
@media (prefers-color-scheme: dark) {
  .root[data-theme="system"] {
    --bg: #17181b; --fg: #e6e4df; --muted: #a4a29c; --rule: #34363b; --accent: #8ab4f8; --tint: #202328;
    --active: #3d3a22; --sentence: #5c5426; --focus: #8ab4f8; color-scheme: dark;
  }
}
.root:focus { outline: none; }
:lang(ko) { font-family: ${SERIF.replace('"Noto Serif CJK KR", ', '"Noto Serif CJK KR", "Noto Serif KR", ')}; word-break: keep-all; }
:lang(ja) { font-family: "Hiragino Mincho ProN", "Noto Serif CJK JP", "Noto Serif JP", "Noto Sans CJK JP", ${SERIF}; line-break: strict; }
:lang(zh), :lang(zh-Hans) { font-family: "Noto Serif CJK SC", "Songti SC", "Noto Sans CJK SC", ${SERIF}; }
:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK) { font-family: "Noto Serif CJK TC", "Songti TC", "Noto Sans CJK TC", ${SERIF}; }
:lang(ar), :lang(fa), :lang(ur) { font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", "Noto Sans Arabic", ${SERIF}; line-height: 1.85; }
:lang(he) { font-family: "Noto Serif Hebrew", "Frank Ruehl CLM", "David", "Noto Sans Hebrew", ${SERIF}; }

.toolbar {
  position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 0.75rem;
  padding: 0.5rem 1rem; background: var(--bg); border-bottom: 1px solid var(--rule);
  font-family: ${SANS}; font-size: 14px; line-height: 1.2;
}
.toolbar .group { display: flex; flex-wrap: wrap; gap: 0.25rem; align-items: center; }
.toolbar .spacer { flex: 1; }
button {
  font: inherit; color: inherit; background: transparent; border: 1px solid var(--rule); border-radius: 6px;
  padding: 0.3rem 0.6rem; cursor: pointer; min-height: 2rem;
}
button:hover { background: var(--tint); }
button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: var(--bg); }
button:disabled { opacity: 0.45; cursor: default; }
button:focus-visible, a:focus-visible, .block:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.font-label { color: var(--muted); margin-inline-start: 0.5rem; }
.block:is(:lang(ko), :lang(ja), :lang(zh), :lang(ar), :lang(fa), :lang(he)) blockquote.text { font-style: normal; }
.close { font-size: 1.25rem; line-height: 1; padding: 0.2rem 0.6rem; }

.page { padding: 2rem 1.5rem 6rem; }
.head { margin: 0 auto 2rem; }
.titles { display: grid; gap: 0.25rem 3rem; justify-content: center; }
.grid {
  display: grid; column-gap: 3rem; row-gap: 0.9em; justify-content: center; align-items: start;
  grid-template-columns: repeat(2, minmax(0, var(--diglot-col, 42ch)));
}
.grid .full { grid-column: 1 / -1; }
/* An article is drawn in chunks of rows (Reader.tsx); in a long one the browser lays out and paints only the chunks
   near the screen. Off screen a chunk keeps the height it last had (or a guess). The padding leaves room for focus
   rings and the highlight's overhang, which the chunk's paint containment would otherwise clip. */
.grid-chunks { display: flex; flex-direction: column; row-gap: 0.9em; }
.flow-chunk { display: flex; flex-direction: column; gap: 0.9em; }
.long > .chunk { content-visibility: auto; contain-intrinsic-size: auto 2400px; padding: 8px; margin: -8px; }
.flow { max-width: var(--diglot-col, 42ch); margin: 0 auto; display: flex; flex-direction: column; gap: 0.9em; }
.titles.one { grid-template-columns: minmax(0, var(--diglot-col, 42ch)); }
.titles.two { grid-template-columns: repeat(2, minmax(0, var(--diglot-col, 42ch))); }
h1.title { font-size: 1.7em; line-height: 1.25; margin: 0; font-weight: 700; text-wrap: balance; }
h1.title.secondary { font-size: 1.2em; font-weight: 600; color: var(--muted); }
.meta {
  font-family: ${SANS}; font-size: 0.8em; color: var(--muted); text-align: center; margin: 1rem 0 0;
  display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; justify-content: center;
}
.meta a { color: var(--accent); }
.cell { display: flex; flex-direction: column; gap: 0.9em; min-width: 0; }

.block { position: relative; border-radius: 4px; padding: 0.15em 0.35em; margin: 0 -0.35em; transition: background-color 0.12s; }
.block.is-active { background: var(--active); }
.block .text { margin: 0; overflow-wrap: break-word; hyphens: auto; text-wrap: pretty; }
.block h2.text, .block h3.text, .block h4.text, .block h5.text, .block h6.text { font-size: 1.2em; line-height: 1.3; margin: 0.6em 0 0; }
.block blockquote.text { border-inline-start: 3px solid var(--rule); padding-inline-start: 0.9em; font-style: italic; }
.block .caption { font-size: 0.85em; color: var(--muted); }
.block .item { padding-inline-start: 1.4em; text-indent: -1.4em; }
.block .item .marker { display: inline-block; min-width: 1.1em; text-indent: 0; color: var(--muted); }
.block .item.depth-2 { margin-inline-start: 1.4em; }
.block .item.depth-3 { margin-inline-start: 2.8em; }
.block .item.depth-4 { margin-inline-start: 4.2em; }
.block pre.text { white-space: pre-wrap; font-family: ui-monospace, "Noto Sans Mono CJK KR", monospace; font-size: 0.85em; }
/* Code as printed: its own lines and indentation, set apart, never reflowed into sentences. */
.block pre.code {
  white-space: pre-wrap; tab-size: 4; background: var(--tint); border: 1px solid var(--rule); border-radius: 6px;
  padding: 0.6em 0.8em; line-height: 1.45; overflow-wrap: anywhere; text-wrap: wrap; hyphens: none;
}
.block .text code { font-family: ui-monospace, "Noto Sans Mono CJK KR", monospace; font-size: 0.88em; }
.block .text :not(pre) > code { background: var(--tint); border-radius: 3px; padding: 0.05em 0.25em; }
.block .text a { color: var(--accent); text-underline-offset: 0.15em; }
.block .text sup { line-height: 0; }
/* A figure is printed once, across both columns, as a diglot edition prints its plates. */
.figure { margin: 0.4em auto; text-align: center; }
.figure img { max-width: 100%; height: auto; border-radius: 4px; background: var(--tint); }
.grid .full .figure img { max-height: 70vh; width: auto; }
.block.figure-block { padding: 0; margin: 0; }
.figure-missing { padding: 0.6em 1em; border: 1px dashed var(--rule); border-radius: 4px; color: var(--muted); font-style: italic; }
/* A data table Diglot builds from the cells: a grid of the page's rows and columns. */
.data-table { border-collapse: collapse; margin: 0.2em auto; font-size: 0.92em; line-height: 1.45; }
.data-table th, .data-table td {
  border: 1px solid var(--rule); padding: 0.3em 0.6em; vertical-align: top; text-align: start;
}
.data-table th { background: var(--tint); font-weight: 600; }
.data-table .block { margin: 0; padding: 0.05em 0.15em; }
.cell.full .data-table { min-width: min(100%, 48rem); }
.sentence { border-radius: 3px; }
.sentence.is-active { background: var(--sentence); box-shadow: 0 0 0 2px var(--sentence); }

.speak {
  position: absolute; inset-inline-end: -1.95rem; top: 0.1em; width: 1.8rem; height: 1.8rem; min-height: 0;
  padding: 0; border-color: transparent; opacity: 0; display: grid; place-items: center; color: var(--muted);
}
.block:hover .speak, .block:focus-within .speak, .speak[aria-pressed="true"] { opacity: 1; }
.speak svg { width: 1rem; height: 1rem; fill: currentColor; }

/* Naskh faces run small beside Latin and Hangul at the same size. */
.block:is(:lang(ar), :lang(fa), :lang(ur)) { font-size: 1.08em; }
.secondary .block, .block.secondary {
  font-size: 0.88em; color: var(--muted); background: var(--tint); margin-inline-start: 1.5em;
  padding: 0.35em 0.8em; border-inline-start: 3px solid var(--rule);
}
.block.secondary.is-active { background: var(--active); color: var(--fg); }

.block.concealed { cursor: pointer; }
.block.concealed .text { filter: blur(0.35em); user-select: none; opacity: 0.7; }
.reveal {
  position: absolute; inset: 0; width: 100%; height: 100%; border: 1px dashed var(--rule); background: transparent;
  font-family: ${SANS}; font-size: 0.75rem; color: var(--fg); border-radius: 4px;
}
.reveal:hover { background: color-mix(in srgb, var(--tint) 60%, transparent); }
/* Edit pairs: the bar under the toolbar, chosen paragraphs, pairs a person made, paragraphs left out. */
.bars { position: sticky; top: 0; z-index: 1; }
.editbar {
  padding: 0.5rem 1rem; background: var(--tint);
  border-bottom: 1px solid var(--rule); font-family: ${SANS}; font-size: 14px; line-height: 1.3;
}
.editbar .group { display: flex; flex-wrap: wrap; gap: 0.25rem; }
.editbar kbd {
  font-family: ui-monospace, monospace; font-size: 0.8em; color: var(--muted); border: 1px solid var(--rule);
  border-radius: 3px; padding: 0 0.25em; margin-inline-start: 0.2em;
}
.edit-help { margin: 0 0 0.4rem; color: var(--muted); }
.edit-status { margin: 0.4rem 0 0; min-height: 1.3em; font-weight: 600; }
.edit-status.quiet {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; margin: 0;
}
.notice {
  font-family: ${SANS}; font-size: 0.8em; text-align: center; margin: -1rem auto 1.5rem; padding: 0.4rem 0.8rem;
  max-width: 60ch; border: 1px solid var(--rule); border-radius: 6px; background: var(--tint);
}
.editing .grid .cell { border-top: 1px dashed var(--rule); padding-top: 0.4em; }
.editing .block { cursor: pointer; border: 1px solid transparent; scroll-margin-top: 11rem; scroll-margin-bottom: 2rem; }
.editing .block:hover { border-color: var(--rule); }
.editing .block:not([data-diglot-pair]) { border-style: dashed; border-color: var(--muted); }
.editing .block[data-diglot-by="reader"] { border-inline-start: 3px solid var(--accent); }
/* Chosen is not the hover highlight: an accent tint and a thick bar, visible in every theme and without colour. */
.editing .block.chosen {
  background: color-mix(in srgb, var(--accent) 16%, var(--bg)); box-shadow: 0 0 0 2px var(--accent);
  border-inline-start: 6px solid var(--accent);
}
.editing .block.excluded .text { text-decoration: line-through; opacity: 0.6; }
.left-out { font-family: ${SANS}; font-size: 0.75em; color: var(--muted); }
.editing .block:focus-visible, .editing .block:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
/* The sentence editor: the open pair's sentences, each numbered and coloured by its sentence pair. */
.editing .block.open { cursor: default; border: 1px solid var(--accent); }
.pick {
  cursor: pointer; border-radius: 3px; padding: 0 0.1em; text-decoration: underline 3px var(--group, var(--muted));
  text-underline-offset: 0.25em;
}
.pick.alone { text-decoration-style: dotted; }
.pick.g0 { --group: #2a7ab0; } .pick.g1 { --group: #c0512f; } .pick.g2 { --group: #3b8f4a; }
.pick.g3 { --group: #8a4fb0; } .pick.g4 { --group: #b08a1f; } .pick.g5 { --group: #1f9a9a; }
.pick.chosen { background: color-mix(in srgb, var(--accent) 18%, var(--bg)); box-shadow: 0 0 0 2px var(--accent); }
.pick:focus, .pick:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.group-tag {
  display: inline-block; font-family: ${SANS}; font-size: 0.7em; font-weight: 700; vertical-align: super;
  margin-inline-start: 0.15em; line-height: 1.2;
  padding: 0 0.3em; border-radius: 0.6em; border: 2px solid var(--group, var(--muted)); color: var(--fg);
  background: var(--bg);
}
.visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
/* Too narrow for two columns: each pair stacks, first side over second, in the same row order. */
@media (max-width: 34rem) {
  .grid, .titles.two { grid-template-columns: minmax(0, 1fr); }
  .grid .cell.right:not(:empty) { margin-block-end: 0.6em; }
}
@media (max-width: 40rem) {
  .toolbar, .bars { position: static; }
  .grid { column-gap: 1.25rem; }
  .page { padding: 1rem 0.75rem 4rem; }
  .speak { position: static; opacity: 1; }
}
@media (prefers-reduced-motion: reduce) { .block { transition: none; } }
`;
