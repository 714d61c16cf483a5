/**
 * The real-page development corpus (`../shared/corpus/bilingual-real/`), rendered the way its sites would serve it.
 *
 * The corpus holds other people's pages and documents: we read them from the shared folder at run time and never copy
 * them into the project. Many items are Markdown sources (READMEs, docs, Jekyll/Hugo posts) or bare HTML fragments; a
 * reader meets them as whole pages, with a site header, a menu and a footer around the article. This module builds
 * those pages, deterministically (no dates, no randomness), so the gold in `test/real/*.expected.json` can quote the
 * rendered text exactly.
 *
 * Conventions (the gold of every item depends on them; keep them stable):
 * - `.html` items holding `<html>` or `<body>` are served as they are; other `.html` items are fragments and get the
 *   site page below around them.
 * - `.md` items: YAML front matter (parsed with `yaml`), body rendered with `marked` (GFM; raw HTML passes through and
 *   HTML comments stay comments, as on a Jekyll or mdBook site). Site directives the reader never sees are dropped
 *   first (Hugo shortcodes `{{< … >}}`, the Angular docs' `{@a …}` anchors and `@reviewed` tags). The page is: site
 *   header (site name + nav menu), `<main><article>`, an `<h1>` with the front matter's title when it has one, the
 *   body, then a footer (copyright line, links). The chrome is written in the site's own language (see SITES).
 * - DoubleSpeak items (front matter only) render as the journal prints a poem: two sibling columns
 *   `<div class="poem-columns"><div class="poem original">…</div><div class="poem translation">…</div></div>` (no lang
 *   attributes), each with its title as `<h2>` and one `<p>` per stanza (lines joined by `<br>`), then the translator's
 *   note and the two bios below as paragraphs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Marked } from 'marked';
import { parse as parseYaml } from 'yaml';

/** The project root (this file lives in test/real/). */
const ROOT = resolve(import.meta.dirname, '../..');

/** Where the corpus lives: beside the project, never inside it (a user's clone has no ../shared). */
export const CORPUS_DIR = resolve(ROOT, '../shared/corpus/bilingual-real');

/** The folder holding the gold annotations (`<item name without extension>.expected.json`). */
export const GOLD_DIR = resolve(ROOT, 'test/real');

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR);
}

/** The corpus items (file names), sorted; empty when the corpus is missing. */
export function corpusFiles(): string[] {
  if (!corpusAvailable()) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => /\.(md|html)$/.test(f))
    .sort();
}

/** `b-01-angular-cn-what-is-angular.md` -> `b-01-angular-cn-what-is-angular`. */
export function itemName(fileName: string): string {
  return fileName.replace(/\.(md|html)$/, '');
}

export function goldPath(fileName: string): string {
  return join(GOLD_DIR, `${itemName(fileName)}.expected.json`);
}

export function readCorpusItem(fileName: string): string {
  return readFileSync(join(CORPUS_DIR, fileName), 'utf8');
}

/** Reads and renders one item: the HTML a reader's browser would receive. */
export function renderCorpusFile(fileName: string): string {
  return renderCorpusItem(fileName, readCorpusItem(fileName));
}

interface Site {
  /** Substring of the corpus file name that identifies the site. */
  key: string;
  name: string;
  /** The language of the site's chrome (and of `<html lang>`). */
  lang: string;
  nav: string[];
  copyright: string;
  footerLinks: string[];
}

// Chrome written by us, in each site's language: what a reader of that site would see around the article. Menus have
// five or six entries, as on the real sites; no text is taken from the sites themselves.
const SITES: Site[] = [
  {
    key: 'angular-cn',
    name: 'Angular 中文文档',
    lang: 'zh-CN',
    nav: ['首页', '文档', '教程', '资源', '事件', '博客'],
    copyright: '© Angular 中文社区。内容依照知识共享许可协议发布。',
    footerLinks: ['关于我们', '贡献指南', '问题反馈', '联系我们'],
  },
  {
    key: 'effective-java',
    name: 'Effective Java, bilingual edition',
    lang: 'en',
    nav: ['Home', 'Chapters', 'Glossary', 'About the translation', 'Contribute'],
    copyright: '© The translators. Shared for study.',
    footerLinks: ['Contact', 'Report a mistake', 'Licence'],
  },
  {
    key: 'classical-chinese',
    name: 'Classical Chinese Reader',
    lang: 'en',
    nav: ['Home', 'Texts', 'Vocabulary', 'Grammar notes', 'About'],
    copyright: '© Classical Chinese Reader. Texts for study.',
    footerLinks: ['Contact', 'Source on GitHub', 'Licence'],
  },
  {
    key: 'chinesenotes',
    name: 'Chinese Notes',
    lang: 'en',
    nav: ['Home', 'Texts', 'Tools', 'Reference', 'Dictionary', 'About'],
    copyright: '© Chinese Notes. Texts reproduced for language learning.',
    footerLinks: ['Contact', 'Licence', 'Help'],
  },
  {
    key: 'doublespeak',
    name: 'DoubleSpeak',
    lang: 'en',
    nav: ['Home', 'Editions', 'Poems', 'Submit', 'Events', 'About'],
    copyright: '© DoubleSpeak, a journal of translated poetry. Rights stay with the poets and translators.',
    footerLinks: ['Contact us', 'Masthead', 'Instagram'],
  },
  {
    key: 'thesawrws',
    name: 'Welsh Online Thesaurus',
    lang: 'en',
    nav: ['Home', 'Search', 'Download', 'Documentation', 'About'],
    copyright: '© The thesaurus project team.',
    footerLinks: ['Contact', 'Privacy', 'Licence'],
  },
  {
    key: 'smx-chatbot',
    name: 'SMX Chatbot',
    lang: 'ca',
    nav: ['Inici', 'Documentació', 'Descàrregues', 'Contribuir', 'Contacte'],
    copyright: '© SMX Chatbot. Tots els drets reservats.',
    footerLinks: ['Avís legal', 'Privadesa', 'Codi font'],
  },
  {
    key: 'bohemia-seura',
    name: 'Bohemia-seura',
    lang: 'fi',
    nav: ['Etusivu', 'Lehti', 'Tapahtumat', 'Jäseneksi', 'Yhteystiedot'],
    copyright: '© Bohemia-seura ry. Kaikki oikeudet pidätetään.',
    footerLinks: ['Tietosuoja', 'Facebook', 'Arkisto'],
  },
  {
    key: 'adamisntdead',
    name: 'Study Notes',
    lang: 'en-IE',
    nav: ['Home', 'Irish', 'Maths', 'Physics', 'English', 'About'],
    copyright: '© Study Notes. Written for the Leaving Cert.',
    footerLinks: ['Contact', 'Source', 'Licence'],
  },
  {
    key: 'enricbaltasar',
    name: 'Enric Baltasar',
    lang: 'eo',
    nav: ['Hejmo', 'Blogo', 'Esperanto', 'Kulturo', 'Pri mi', 'Kontakto'],
    copyright: '© Enric Baltasar. Ĉiuj rajtoj rezervitaj.',
    footerLinks: ['Privateco', 'RSS-fluo', 'Mastodon'],
  },
  {
    key: 'rust-book-ja',
    name: 'The Rust Programming Language 日本語版',
    lang: 'ja',
    nav: ['ホーム', '目次', '検索', '翻訳について', 'ダウンロード'],
    copyright: '© Rust 日本語翻訳チーム。MIT または Apache 2.0 ライセンス。',
    footerLinks: ['お問い合わせ', 'GitHub', '利用規約'],
  },
  {
    key: 'cer-rec',
    name: 'Canada Energy Regulator Data Visualization',
    lang: 'en-CA',
    nav: ['Home', 'Data', 'Visualizations', 'Safety', 'About us'],
    copyright: '© His Majesty the King in Right of Canada.',
    footerLinks: ['Terms and conditions', 'Privacy', 'Contact us'],
  },
  {
    key: 'g0v',
    name: 'g0v summit 2018',
    lang: 'zh-TW',
    nav: ['首頁', '議程', '講者', '交通資訊', '贊助', '關於'],
    copyright: '© g0v 零時政府。以創用 CC 授權釋出。',
    footerLinks: ['行為準則', '聯絡我們', '原始碼'],
  },
  {
    key: 'coscup',
    name: 'COSCUP 2014',
    lang: 'zh-TW',
    nav: ['首頁', '議程', '講者', '贊助', '交通', '關於'],
    copyright: '© COSCUP 開源人年會。',
    footerLinks: ['聯絡我們', '隱私權', '歷年活動'],
  },
  {
    key: 'baturin',
    name: 'baturin.org',
    lang: 'en',
    nav: ['Home', 'Code', 'Writing', 'Miscellaneous', 'About'],
    copyright: '© Daniil Baturin. Text available under CC-BY-SA.',
    footerLinks: ['Contact', 'Feed', 'Sitemap'],
  },
];

// Items of no listed site (none at present) still get a plain English page.
const DEFAULT_SITE: Site = {
  key: '',
  name: 'Notes',
  lang: 'en',
  nav: ['Home', 'Articles', 'Archive', 'Tags', 'About'],
  copyright: '© The author.',
  footerLinks: ['Contact', 'Feed'],
};

export function siteOf(fileName: string): Site {
  return SITES.find((s) => fileName.includes(s.key)) ?? DEFAULT_SITE;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A stable URL path for a menu or footer entry (its position, so non-Latin labels need no transliteration). */
function href(prefix: string, i: number): string {
  return i === 0 && prefix === 'nav' ? '/' : `/${prefix}-${i}/`;
}

/** The site page around an article body (HTML). */
function sitePage(site: Site, pageTitle: string, articleHtml: string): string {
  const nav = site.nav.map((label, i) => `<li><a href="${href('nav', i)}">${escapeHtml(label)}</a></li>`).join('\n');
  const links = site.footerLinks
    .map((label, i) => `<li><a href="${href('footer', i)}">${escapeHtml(label)}</a></li>`)
    .join('\n');
  const title = pageTitle ? `${escapeHtml(pageTitle)} | ${escapeHtml(site.name)}` : escapeHtml(site.name);
  return `<!DOCTYPE html>
<html lang="${site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
<header class="site-header">
<a class="site-name" href="/">${escapeHtml(site.name)}</a>
<nav class="site-nav"><ul>
${nav}
</ul></nav>
</header>
<main>
<article class="post">
${articleHtml}
</article>
</main>
<footer class="site-footer">
<p>${escapeHtml(site.copyright)}</p>
<ul>
${links}
</ul>
</footer>
</body>
</html>
`;
}

/** Splits `---\n<yaml>\n---\n<body>`; no front matter gives an empty object. */
export function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!m) return { data: {}, body: source };
  const data = parseYaml(m[1]!) as unknown;
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: m[2]! };
}

// One Marked instance with fixed options, so rendering never depends on a global another module may change.
const markdown = new Marked({ gfm: true, breaks: false, async: false });

/**
 * Site directives a reader never sees, removed before Markdown: Hugo shortcodes (`{{< img … >}}`, replaced by images
 * on the Hugo site), and the Angular docs' anchor marks (`{@a essentials}`, turned into invisible anchors) and review
 * tags (`@reviewed 2021-03-08`, page metadata).
 */
export function dropSiteDirectives(body: string): string {
  return body
    .replace(/\{\{[<%][\s\S]*?[%>]\}\}/g, '')
    .replace(/^[ \t]*\{@a [^}\n]*\}[ \t]*$/gm, '')
    .replace(/^[ \t]*@reviewed\b.*$/gm, '');
}

function renderMarkdown(body: string): string {
  return markdown.parse(dropSiteDirectives(body)) as string;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : v == null ? '' : String(v);
}

/** The page title a header would show: the front matter's, else the first Markdown heading, without markup. */
function plainTitle(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`[\]]/g, '')
    .trim();
}

/**
 * A poem field as the journal prints it: one `<p>` per stanza, lines joined by `<br>`. Stanzas are separated by lines
 * that are blank once spaces and U+202C (POP DIRECTIONAL FORMATTING) are removed: the Persian item separates its
 * couplets with lines holding only U+202C, which show as empty lines.
 */
export function poemStanzas(poem: string): string[][] {
  const stanzas: string[][] = [];
  let current: string[] = [];
  for (const raw of poem.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.replace(/[\s\u202c]/g, '') === '') {
      if (current.length > 0) stanzas.push(current);
      current = [];
    } else current.push(raw);
  }
  if (current.length > 0) stanzas.push(current);
  return stanzas;
}

function poemColumn(cls: string, title: string, poem: string): string {
  // The title fields hold HTML (`<span lang="ja">冬</span>`), as the journal's template inserts them; the poem fields
  // are plain text and are escaped.
  const stanzas = poemStanzas(poem)
    .map((lines) => `<p>${lines.map((l) => escapeHtml(l.trim())).join('<br>\n')}</p>`)
    .join('\n');
  return `<div class="poem ${cls}">\n<h2>${title}</h2>\n${stanzas}\n</div>`;
}

/** The note and bio fields hold HTML paragraphs; a plain-text one is wrapped in `<p>`. */
function proseField(v: unknown, cls: string): string {
  const s = str(v).trim();
  if (!s) return '';
  const html = /^<(p|div)[\s>]/i.test(s) ? s : `<p>${s}</p>`;
  return `<div class="${cls}">\n${html}\n</div>`;
}

function renderDoubleSpeak(site: Site, data: Record<string, unknown>): string {
  const article = [
    '<div class="poem-columns">',
    poemColumn('original', str(data.title), str(data.poem)),
    poemColumn('translation', str(data.transtitle), str(data.transpoem)),
    '</div>',
    proseField(data.note, 'translator-note'),
    proseField(data.abio, 'author-bio'),
    proseField(data.tbio, 'translator-bio'),
  ]
    .filter(Boolean)
    .join('\n');
  return sitePage(site, plainTitle(str(data.transtitle)), article);
}

/** Whether an `.html` item is a whole page (served as is) rather than a fragment of one. */
export function isWholePage(html: string): boolean {
  return /<(html|body)[\s>]/i.test(html);
}

/** The HTML of a whole page for one corpus item, as its site would serve it. */
export function renderCorpusItem(fileName: string, source: string): string {
  const site = siteOf(fileName);
  if (fileName.endsWith('.html')) {
    if (isWholePage(source)) return source;
    const heading = /<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/i.exec(source);
    return sitePage(site, plainTitle(heading?.[1] ?? ''), source.trim());
  }
  const { data, body } = splitFrontMatter(source);
  if (site.key === 'doublespeak' && 'transpoem' in data) return renderDoubleSpeak(site, data);
  const title = str(data.title);
  const firstHeading = /^#{1,3}\s+(.+)$/m.exec(body)?.[1] ?? '';
  const h1 = title ? `<h1>${escapeHtml(title)}</h1>\n` : '';
  return sitePage(site, plainTitle(title || firstHeading), h1 + renderMarkdown(body));
}
