/**
 * Verse printed in `<pre>`: the stanzas and lines of a poem that a site put in a preformatted block, or null when the
 * block is code (or anything else that must stay one block).
 *
 * Markdown sites have no markup for verse, so authors keep a poem's line breaks with a code block: the student notes on
 * Irish poems (a poem and its English translation, each in a fenced block), a Jekyll blog printing a Catalan poem and
 * its translation in two `<pre>`s. As one block, a poem cannot face its translation stanza by stanza. Code must never
 * be split (it is shown as code), so the test is strict: lines of words, few of them long, and nothing code prints
 * (braces, `=`, calls, member access, prompts, a command name first on the line, indentation, aligned columns, a
 * programming language named in a class) on more than a line in ten. Hard-wrapped prose (every line as full as the
 * wrap width allows) is not verse either.
 */

/** Class names that name a language (`language-bash`, `lang-js`, `brush: java`, `highlight-python`). */
const LANGUAGE_CLASS = /(?:^|\s)(?:language|lang|highlight|brush|source)[-:]\s*([\w+#.-]+)/i;
/** Class-named "languages" that are text, not code. */
const TEXT_CLASSES = new Set(['plaintext', 'plain', 'text', 'txt', 'none', 'nohighlight', 'poem', 'poetry', 'verse']);

/** Marks that code prints and verse almost never does (a poem's `;` ends a clause, so it is not among them). */
const CODE_MARKS = /[{}<>=\\|`~^@_]|\/\/|\/\*|\*\/|::|->|&&|\w\(|\w\.\w|\w\[/;
/** A prompt or comment marker first on the line: `$ git clone`, `# comment`, `>>> x`, `% make`. */
const PROMPT = /^\s*(?:[$%#>]|>>>|\/\/|--)\s/;
/**
 * Commands and keywords that open a line of code with no mark at all (`cd site`, `import json`, `git pull`). Lower
 * case only, and none that opens a line of verse in some language (`for`, `if`, `make`, `curl` in English, `var` in
 * Swedish, `tar` in Irish): code lines opened by those print a mark as well.
 */
const COMMAND =
  /^\s*(?:git|npm|npx|yarn|pnpm|pip3?|python3?|deno|cd|ls|cp|mv|rm|mkdir|sudo|apt-get|wget|docker|rustc|javac|gcc|chmod|chown|ssh|scp|unzip|kubectl|import|def|elif|fn|impl|const|println|printf)(?:\s|$)/;
/** Columns aligned with runs of spaces (tables, listings, ASCII art). */
const ALIGNED = /\S {3,}\S|\t/;
/** A word: letters (and combining marks), joined inside by apostrophes, hyphens, middle dots or slashes. */
const WORD = /^[\p{L}\p{M}]+(?:['’·/-][\p{L}\p{M}]+)*$/u;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const LETTER = /[\p{L}\p{M}]/gu;
const NON_SPACE = /\S/g;

/** Lines and stanza breaks: at least this many lines of text. */
const MIN_LINES = 4;
/** Lines that look like code, at most (a poem may quote an e-mail address or an arrow once). */
const MAX_CODE_SHARE = 0.1;
const MIN_WORD_SHARE = 0.8;
const MIN_LETTER_SHARE = 0.75;
/** Verse lines are short; a block whose median line is longer is prose or a listing. */
const MAX_MEDIAN_LINE = 60;
const MAX_LINE = 120;
/** Share of lines that could not have held the next line's first word: hard-wrapped prose fills nearly all. */
const MAX_FULL_SHARE = 0.7;
/** Prose is wrapped at 60 to 80 columns; a short-lined poem fills its few columns as evenly by chance. */
const MIN_WRAP_WIDTH = 50;

/** Whether the classes of a `<pre>`, its `<code>` or their wrappers name a programming language. */
export function namesCodeLanguage(classes: string): boolean {
  const m = LANGUAGE_CLASS.exec(classes);
  return m !== null && !TEXT_CLASSES.has(m[1]!.toLowerCase());
}

function isCodeLine(line: string): boolean {
  return CODE_MARKS.test(line) || PROMPT.test(line) || COMMAND.test(line) || ALIGNED.test(line.trim());
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/**
 * The stanzas of `text` (the raw text of a `<pre>`, newlines kept), each a list of its lines (whitespace collapsed),
 * when the text is verse; null otherwise.
 */
export function verseStanzas(text: string): string[][] | null {
  const rows = text.split(/\r\n|\r|\n/);
  const lines = rows.filter((r) => r.trim().length > 0);
  if (lines.length < MIN_LINES) return null;

  let code = 0;
  let indented = 0;
  let words = 0;
  let tokens = 0;
  let letters = 0;
  let solid = 0;
  const lengths: number[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (isCodeLine(line)) code++;
    // Indentation is what code shows most: a poem may indent a line or two, a program indents its blocks.
    else if (/^\s{2,}\S/.test(line)) indented++;
    for (const tok of t.split(/\s+/)) {
      const bare = tok.replace(EDGE_PUNCTUATION, '');
      tokens++;
      if (bare && WORD.test(bare)) words++;
    }
    letters += t.match(LETTER)?.length ?? 0;
    solid += t.match(NON_SPACE)?.length ?? 0;
    lengths.push(t.length);
  }
  const n = lines.length;
  if (code + indented / 2 > MAX_CODE_SHARE * n) return null;
  if (words < MIN_WORD_SHARE * tokens || letters < MIN_LETTER_SHARE * solid) return null;
  if (median(lengths) > MAX_MEDIAN_LINE || Math.max(...lengths) > MAX_LINE) return null;

  const stanzas: string[][] = [[]];
  for (const r of rows) {
    const t = r.trim();
    if (t) stanzas[stanzas.length - 1]!.push(t.replace(/\s+/g, ' '));
    else if (stanzas[stanzas.length - 1]!.length > 0) stanzas.push([]);
  }
  if (stanzas[stanzas.length - 1]!.length === 0) stanzas.pop();
  if (isWrappedProse(stanzas)) return null;
  return stanzas;
}

/**
 * Prose hard-wrapped at a fixed width: nearly every line but a paragraph's last is too full to have taken the next
 * line's first word. A poem breaks its lines where the sense does, mostly well short of its longest.
 */
function isWrappedProse(stanzas: string[][]): boolean {
  let width = 0;
  for (const s of stanzas) for (const l of s) width = Math.max(width, l.length);
  if (width < MIN_WRAP_WIDTH) return false;
  let inner = 0;
  let full = 0;
  for (const s of stanzas) {
    for (let k = 0; k + 1 < s.length; k++) {
      inner++;
      const next = s[k + 1]!.split(' ')[0]!;
      if (s[k]!.length + 1 + next.length > width) full++;
    }
  }
  return inner >= MIN_LINES && full > MAX_FULL_SHARE * inner;
}
