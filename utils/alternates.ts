/**
 * The translations a page declares of itself: `<link rel="alternate" hreflang>` in its head, and the links in its body
 * that say "this article in another language" ("Read in English", "한국어로 읽기", "中文版", "Version française"), by
 * their `hreflang` or `lang` attribute or by their text. Pure (DOM in, plain data out): the popup reads it from the
 * page through a small injected script, and nothing here ever fetches a URL.
 */
import type { LangTag } from './contract';

export interface Alternate {
  /** Absolute http(s) URL, without its fragment. */
  url: string;
  /** Canonical BCP 47 tag, e.g. `ko`, `zh-Hans`, `en-GB`. */
  lang: LangTag;
  /** The language's name in the display language (English unless asked otherwise). */
  name: string;
  /** The language's name in itself ("한국어", "Español"). */
  nativeName: string;
  /** Where the page declares it: a `<link rel="alternate">` in the head, or a link in the page. */
  via: 'hreflang' | 'link';
}

export interface AlternateOptions {
  /** The language to name the languages in (the UI's). Default `en`. */
  displayLanguage?: string;
}

/** Languages whose names (in themselves and in each other) are recognised in link texts. */
const KNOWN_LANGUAGES: readonly LangTag[] = [
  'en', 'ko', 'ja', 'zh', 'zh-Hans', 'zh-Hant', 'es', 'fr', 'de', 'pt', 'it', 'ru', 'ar', 'vi', 'th', 'id', 'ms',
  'tr', 'nl', 'pl', 'uk', 'hi', 'he', 'fa', 'sv', 'da', 'nb', 'fi', 'ca', 'el', 'cs', 'ro', 'hu', 'bn', 'ur', 'sw',
  'tl', 'eu', 'gl', 'cy', 'ga', 'mn', 'km', 'my',
]; // prettier-ignore

/**
 * Names the display names do not give: the written-language names Chinese and Japanese papers put on their edition
 * links ("英文版", "韓文"), and the script-qualified names of Chinese editions.
 */
const EXTRA_NAMES: Record<string, LangTag> = {
  英文: 'en', 中文: 'zh', 韩文: 'ko', 韓文: 'ko', 日文: 'ja', 法文: 'fr', 德文: 'de', 西班牙文: 'es', 俄文: 'ru',
  简体中文: 'zh-Hans', 简体: 'zh-Hans', 簡體中文: 'zh-Hans', 繁體中文: 'zh-Hant', 繁体中文: 'zh-Hant', 繁體: 'zh-Hant',
  한글: 'ko', 영문: 'en', 국문: 'ko', 중문: 'zh', 일문: 'ja', 国語: 'ja',
}; // prettier-ignore

/** Of those, the ones a link may say alone: a bare "中文" or "한글" in a switcher is an edition link. */
const BARE_EXTRA = new Set(['中文', '简体中文', '簡體中文', '繁體中文', '繁体中文', '한글']);

/**
 * The frames a language name sits in on an edition link, `(.+)` being the name. One list for all languages: a link is
 * short, so a frame of one language never matches a link of another by accident.
 */
const FRAMES: readonly RegExp[] = [
  // English: "Read in Korean", "Read this article in Spanish", "In English", "Korean version", "English edition"
  /^(?:(?:read|view|see|switch to)\s+)?(?:(?:this|the)\s+)?(?:(?:article|story|page|piece|text)\s+)?in\s+(.+)$/i,
  /^(?:read\s+(?:the\s+)?)?(.+?)\s+(?:version|edition|translation|text)$/i,
  // Korean: "한국어로 읽기", "영어로 보기", "영문판", "한국어판", "영어 기사 보기"
  /^(.+?)(?:으로|로)\s*(?:읽기|보기|읽어\s*보기|된\s*기사)$/,
  /^(.+?)\s*(?:판|버전|기사|원문)(?:\s*(?:읽기|보기))?$/,
  // Chinese: "中文版", "阅读英文版", "英文原文"
  /^(?:阅读|閱讀|查看|看)?(.+?)(?:版本?|原文)$/,
  // Japanese: "日本語で読む", "英語版", "英語で見る"
  /^(.+?)(?:で読む|で見る|で読みます)$/,
  // French, Spanish, Portuguese, Italian, Catalan: "Lire en français", "Version française", "Leer en español",
  // "Versión en inglés", "Ler em português", "Leggi in italiano"
  /^(?:(?:lire|voir|leer|ver|ler|leggi|llegir|disponible|disponível)\s+)?(?:(?:cet|l'|el|este|o|este)\s*(?:article|artículo|artigo|articolo)\s+)?(?:en|em|in)\s+(.+)$/i,
  /^(?:version|versión|versão|versione|versió|édition|edición|edição|edizione)\s+(?:en\s+|em\s+|in\s+)?(.+)$/i,
  // German and Dutch: "Auf Deutsch lesen", "Englische Fassung", "Deutsche Version", "In het Nederlands"
  /^(?:auf|in(?:\s+het)?)\s+(.+?)(?:\s+lesen)?$/i,
  /^(.+?)\s+(?:fassung|ausgabe|versie)$/i,
];

let namesCache: Map<string, LangTag> | undefined;
const displayCache = new Map<string, Intl.DisplayNames | undefined>();

function displayNames(locale: string): Intl.DisplayNames | undefined {
  if (displayCache.has(locale)) return displayCache.get(locale);
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
  } catch {
    names = undefined;
  }
  displayCache.set(locale, names);
  return names;
}

function nameOf(names: Intl.DisplayNames | undefined, tag: LangTag): string | undefined {
  try {
    return names?.of(tag) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The names and adjectives a language goes by in link texts, lower-cased, to its tag. */
function names(): Map<string, LangTag> {
  if (namesCache) return namesCache;
  const map = new Map<string, LangTag>();
  const add = (name: string | undefined, tag: LangTag) => {
    const key = name?.trim().toLowerCase();
    if (key && !map.has(key)) map.set(key, tag);
  };
  // Each language's name for itself first, so "Deutsch" is German whatever another language calls something.
  for (const tag of KNOWN_LANGUAGES) add(nameOf(displayNames(tag), tag), tag);
  for (const locale of KNOWN_LANGUAGES) {
    const inLocale = displayNames(locale);
    for (const tag of KNOWN_LANGUAGES) {
      const name = nameOf(inLocale, tag);
      add(name, tag);
      if (!name) continue;
      // Romance and German editions are named by the adjective: "version française", "versión española",
      // "deutsche Version", "englische Fassung".
      if (locale === 'fr') add(/en$/.test(name) ? `${name}ne` : /e$/.test(name) ? name : `${name}e`, tag);
      if (locale === 'es' || locale === 'pt' || locale === 'it') add(name.replace(/o$/, 'a'), tag);
      if (locale === 'es') add(name.replace(/és$/, 'esa').replace(/ñol$/, 'ñola'), tag);
      if (locale === 'de') add(name.replace(/isch$/, 'ische').replace(/^Deutsch$/, 'Deutsche'), tag);
    }
  }
  for (const [name, tag] of Object.entries(EXTRA_NAMES)) add(name, tag);
  namesCache = map;
  return map;
}

/** The language a link's text offers the article in, or null when the text does not read as such a link. */
export function languageOfLinkText(text: string): LangTag | null {
  const clean = text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s»›→▸▶•|[(（【「-]+|[\s«‹←◂|\])）】」:：.-]+$/g, '')
    .trim();
  if (!clean || clean.length > 40) return null;
  const known = names();
  // A bare language name counts only in its own language ("English", "한국어", "Español"): a bare "Korean" on an
  // English page is as likely a section of the site as an edition.
  const bare = known.get(clean.toLowerCase());
  if (bare !== undefined && clean.toLowerCase() === nameOf(displayNames(bare), bare)?.toLowerCase()) return bare;
  if (bare !== undefined && BARE_EXTRA.has(clean)) return bare;
  for (const frame of FRAMES) {
    const name = frame.exec(clean)?.[1]?.trim().toLowerCase();
    const tag = name ? known.get(name) : undefined;
    if (tag !== undefined) return tag;
  }
  return null;
}

/** A valid BCP 47 tag in its canonical case (`zh-cn` → `zh-CN`), or null. */
function canonicalTag(tag: string | null | undefined): LangTag | null {
  const value = tag?.trim().replace(/_/g, '-');
  if (!value || value.toLowerCase() === 'x-default') return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

/** An absolute http(s) URL without its fragment, or null. */
function absoluteUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * A site's front page (`/`, `/en/`, `/ko/index.html`): a language switcher in the site's header links to the other
 * edition's front page, not to this article in another language.
 */
function isFrontPage(url: string): boolean {
  const { pathname, search } = new URL(url);
  if (search.length > 1) return false;
  const rest = pathname
    .split('/')
    .filter(Boolean)
    .filter((s) => !/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(s) && !/^(?:index\.\w+|home|main)$/i.test(s));
  return rest.length === 0;
}

/** The page's base URL: its `<base href>` resolved against its URL, as the browser resolves its links. */
function baseUrl(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  return (href && absoluteUrl(href, pageUrl)) || pageUrl;
}

/** The language of an `<a>` that offers this article in another language, or null for any other link. */
function linkLanguage(a: Element): LangTag | null {
  const declared = canonicalTag(a.getAttribute('hreflang'));
  if (declared) return declared;
  const text = a.textContent ?? '';
  const fromText =
    languageOfLinkText(text) ?? languageOfLinkText(a.getAttribute('aria-label') ?? a.getAttribute('title') ?? '');
  if (fromText) return fromText;
  // `lang` on a link says what language its text is in; only a short label (a switcher entry) is taken as an edition.
  const own = canonicalTag(a.getAttribute('lang'));
  return own && text.trim().length > 0 && text.trim().length <= 24 ? own : null;
}

/** The page's declared translations, in the order it declares them, one per URL. */
export function findAlternates(doc: Document, pageUrl: string, opts: AlternateOptions = {}): Alternate[] {
  const base = baseUrl(doc, pageUrl);
  const self = absoluteUrl(pageUrl, pageUrl);
  const display = displayNames(opts.displayLanguage ?? 'en') ?? displayNames('en');
  const seen = new Set<string>(self ? [self] : []);
  const out: Alternate[] = [];
  const add = (url: string | null, lang: LangTag | null, via: Alternate['via']) => {
    if (!url || !lang || seen.has(url)) return;
    seen.add(url);
    out.push({
      url,
      lang,
      name: nameOf(display, lang) ?? lang,
      nativeName: nameOf(displayNames(lang), lang) ?? lang,
      via,
    });
  };
  for (const el of Array.from(doc.querySelectorAll('link[rel][hreflang][href], a[href]'))) {
    if (el.localName === 'link') {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('alternate'))
        add(absoluteUrl(el.getAttribute('href'), base), canonicalTag(el.getAttribute('hreflang')), 'hreflang');
      continue;
    }
    const url = absoluteUrl(el.getAttribute('href'), base);
    if (!url || seen.has(url) || isFrontPage(url)) continue;
    add(url, linkLanguage(el), 'link');
  }
  return out;
}
