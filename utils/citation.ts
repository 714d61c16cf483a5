/**
 * Citation metadata for a clipped article: who wrote it, where and when it was published, where it was read.
 *
 * Read from, in order of trust: the parsed article (Readability's fields), the page's `<meta>` tags (`citation_*` as
 * Google Scholar and Zotero read them, Open Graph `og:*` and `article:*`, `author`, Dublin Core `dc.*`), and JSON-LD
 * (`NewsArticle`/`Article`, also inside `@graph` and arrays). Pure: DOM in, plain data out; no extension APIs, the
 * document is only read.
 */
import type { LangTag, ParsedArticle } from './contract';

export interface Citation {
  /** Title per language, as in `ParsedArticle.title`, completed from the page metadata where the article had none. */
  title: Record<LangTag, string>;
  /** Author names, deduplicated, in the order the page gives them. */
  authors: string[];
  /** Publication time as the page states it (usually ISO 8601). */
  publishedTime?: string;
  modifiedTime?: string;
  siteName?: string;
  /** The address the article was read from. */
  url?: string;
  /** `<link rel=canonical>` (or `og:url`), resolved against `url`. */
  canonicalUrl?: string;
  /** The article's languages in reading order (BCP 47). */
  languages: LangTag[];
  /** When the article was clipped (ISO 8601). */
  clippedAt: string;
  /** The Diglot version that clipped it. */
  diglotVersion: string;
}

export interface CitationOptions {
  url?: string;
  clippedAt: string;
  diglotVersion: string;
}

type JsonObject = Record<string, unknown>;

/** Meta tags keyed by lowercased `name` / `property` / `itemprop`; every value kept, in document order. */
function readMeta(doc: Document): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = clean(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = meta.get(key) ?? [];
      list.push(content);
      meta.set(key, list);
    }
  }
  return meta;
}

/** Collapse whitespace; undefined for empty or missing strings. */
function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportage',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'blogposting',
  'scholarlyarticle',
  'report',
  'webpage',
]);

function types(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

/**
 * Every JSON-LD object on the page that describes an article, best first (news articles before plain web pages).
 * Broken JSON is skipped: real pages ship JSON-LD with trailing commas and raw newlines.
 */
function readJsonLd(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (!isObject(node)) return;
    if (types(node).some((t) => ARTICLE_TYPES.has(t))) found.push(node);
    if ('@graph' in node) visit(node['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const type = script.getAttribute('type')?.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common and never fatal.
    }
  }
  const rank = (node: JsonObject): number => (types(node).includes('webpage') ? 1 : 0);
  return found
    .map((node, i) => ({ node, i }))
    .sort((a, b) => rank(a.node) - rank(b.node) || a.i - b.i)
    .map((x) => x.node);
}

/** Names from a JSON-LD `author`: a string, a Person/Organization object, or an array of either. */
function jsonLdNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNames);
  if (typeof value === 'string') return [value];
  if (isObject(value)) {
    const name = clean(value['name']);
    return name ? [name] : [];
  }
  return [];
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = clean(Array.isArray(value) ? value[0] : value);
    if (text) return text;
  }
  return undefined;
}

/** An author value that is really a profile link (`article:author` often is) says nothing about the name. */
function looksLikeUrl(text: string): boolean {
  return /^(https?:)?\/\//i.test(text) || /^www\./i.test(text);
}

/** `By Janne Pak` → `Janne Pak`; `Janne Pak and Kim Min` → two names. */
function splitByline(byline: string): string[] {
  const text = byline.replace(/^\s*(by|von|par|por|di|door)\s*[:\s]\s*/i, '').trim();
  return text
    .split(/\s*(?:,|;|\band\b|&|\/)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    // `<meta name="author" content="By Janne Pak">` is common; the "By" is no part of the name.
    const name = clean(raw)?.replace(/^by\s+/i, '');
    if (!name || looksLikeUrl(name)) continue;
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

function canonicalLink(doc: Document): string | undefined {
  for (const link of Array.from(doc.querySelectorAll('link[rel]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return clean(link.getAttribute('href'));
  }
  return undefined;
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** The primary subtag, for matching `ko-KR` (og:locale `ko_KR`) against the article's `ko`. */
function primary(tag: string): string {
  return tag.replace(/_/g, '-').split('-')[0]!.toLowerCase();
}

export function readCitation(doc: Document, article: ParsedArticle, opts: CitationOptions): Citation {
  const meta = readMeta(doc);
  const m = (...keys: string[]): string | undefined => firstString(...keys.map((key) => meta.get(key)));
  const all = (...keys: string[]): string[] => keys.flatMap((key) => meta.get(key) ?? []);
  const ld = readJsonLd(doc);
  const fromLd = (key: string): unknown[] => ld.map((node) => node[key]);

  // Titles: the article's own per-language titles win; the page's one metadata title fills in the language the
  // page declares (html lang, og:locale, JSON-LD inLanguage), or the first language when the article found none.
  const title: Record<LangTag, string> = { ...article.title };
  const pageTitle =
    m('citation_title', 'og:title', 'dc.title', 'twitter:title') ??
    firstString(...fromLd('headline'), ...fromLd('name')) ??
    clean(doc.querySelector('title')?.textContent);
  if (pageTitle && !Object.values(title).includes(pageTitle)) {
    const declared = [
      doc.documentElement?.getAttribute('lang') ?? undefined,
      m('og:locale', 'citation_language', 'dc.language'),
      firstString(...fromLd('inLanguage')),
    ].filter((tag): tag is string => !!tag);
    const languages = article.languages.length > 0 ? article.languages : ['und'];
    const target =
      declared.map((tag) => languages.find((lang) => primary(lang) === primary(tag))).find((lang) => !!lang) ??
      (Object.keys(title).length === 0 ? languages[0] : undefined);
    if (target && !title[target]) title[target] = pageTitle;
  }

  // Authors: structured lists first; the free-text byline only when nothing structured names anyone.
  let authors = dedupe([
    ...all('citation_author'),
    ...ld.flatMap((node) => jsonLdNames(node['author'])),
    ...all('author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author'),
  ]);
  if (authors.length === 0 && article.byline) authors = dedupe(splitByline(article.byline));

  const url = opts.url ?? article.url;
  const mainEntity = ld.map((node) => node['mainEntityOfPage']).map((v) => (isObject(v) ? v['@id'] : v));
  const canonicalHref = canonicalLink(doc) ?? m('og:url') ?? firstString(...fromLd('url'), ...mainEntity);

  const publisherNames = ld.flatMap((node) => jsonLdNames(node['publisher']));
  const citation: Citation = {
    title,
    authors,
    publishedTime:
      clean(article.publishedTime) ??
      m(
        'article:published_time',
        'citation_publication_date',
        'citation_date',
        'citation_online_date',
        'dc.date',
        'dcterms.created',
        'date',
      ) ??
      firstString(...fromLd('datePublished'), ...fromLd('dateCreated')),
    modifiedTime:
      m('article:modified_time', 'og:updated_time', 'dcterms.modified') ?? firstString(...fromLd('dateModified')),
    siteName:
      clean(article.siteName) ??
      m('og:site_name', 'citation_publisher', 'citation_journal_title', 'dc.publisher', 'application-name') ??
      firstString(...publisherNames),
    url,
    canonicalUrl: resolveUrl(canonicalHref, url),
    languages: [...article.languages],
    clippedAt: opts.clippedAt,
    diglotVersion: opts.diglotVersion,
  };
  // Drop absent optional fields so the object is the same before and after a JSON round trip.
  for (const key of Object.keys(citation) as (keyof Citation)[]) {
    if (citation[key] === undefined) delete citation[key];
  }
  return citation;
}
