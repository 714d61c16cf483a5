/**
 * What the popup offers to read beside the page: the page remembered with it, the translations the page declares,
 * and the user's other open tabs, in that order, one entry per URL.
 */
import { browser } from 'wxt/browser';
import { languageName } from '../../platform/i18n';
import { pairingUrl } from '../../platform/pairings';
import { pairingsFor } from '../../platform/storage';
import type { Alternate } from '../../utils/alternates';
import type { LangTag } from '../../utils/contract';
import type { PairTarget } from '../../utils/messages';

// Built by WXT from entrypoints/alternates.ts (an unlisted script); it returns the page's alternates.
const ALTERNATES_SCRIPT = '/alternates.js';

export interface PairChoice {
  kind: 'remembered' | 'alternate' | 'tab';
  /** What the entry is called: a language for a declared translation, a title for a tab. */
  label: string;
  /** The language of the label, when it is the page's own text (a remembered page's title). */
  lang?: LangTag;
  /** A declared translation's language in itself ("한국어"), shown beside its name in the UI's language. */
  native?: { text: string; lang: LangTag };
  /** The language of a remembered page, named in the UI's language. */
  language?: string;
  /** Where it is: the host, and whether it is already open. */
  host: string;
  open: boolean;
  target: PairTarget;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function isAlternate(value: unknown): value is Alternate {
  const a = value as Partial<Alternate> | null;
  return !!a && typeof a.url === 'string' && typeof a.lang === 'string' && typeof a.nativeName === 'string';
}

/** The page's declared translations, read by the injected script; none when the page cannot be scripted. */
async function alternatesOf(tabId: number): Promise<Alternate[]> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: [ALTERNATES_SCRIPT] });
    const value: unknown = result?.result;
    return Array.isArray(value) ? value.filter(isAlternate) : [];
  } catch {
    return [];
  }
}

export async function pairChoices(tabId: number, pageUrl: string): Promise<PairChoice[]> {
  const own = pairingUrl(pageUrl);
  const [remembered, alternates, tabs] = await Promise.all([
    pairingsFor(pageUrl).catch(() => []),
    alternatesOf(tabId),
    // With the host permissions, the URL and title of http(s) tabs are visible; other tabs come without a URL.
    browser.tabs.query({}).catch(() => []),
  ]);
  const openTabs = new Map<string, { id: number; title: string; lastAccessed: number }>();
  for (const tab of tabs) {
    const url = tab.url ? pairingUrl(tab.url) : null;
    if (!url || url === own || tab.id === undefined || tab.id === tabId || openTabs.has(url)) continue;
    openTabs.set(url, { id: tab.id, title: tab.title ?? url, lastAccessed: tab.lastAccessed ?? 0 });
  }

  const seen = new Set<string>(own ? [own] : []);
  const choices: PairChoice[] = [];
  const add = (kind: PairChoice['kind'], rawUrl: string, label: string, extra: Partial<PairChoice> = {}) => {
    const url = pairingUrl(rawUrl);
    if (!url || seen.has(url)) return;
    seen.add(url);
    const tab = openTabs.get(url);
    const target: PairTarget = tab ? { url, tabId: tab.id } : { url };
    choices.push({ kind, label, ...extra, host: hostOf(url), open: !!tab, target });
  };

  for (const partner of remembered) {
    const extra = { lang: partner.lang, language: languageName(partner.lang) };
    add('remembered', partner.url, partner.title || hostOf(partner.url), extra);
  }
  const named = alternates
    .map((a) => ({ a, name: languageName(a.lang) }))
    .sort((x, y) => x.name.localeCompare(y.name, browser.i18n.getUILanguage()));
  for (const { a, name } of named) {
    add('alternate', a.url, name, name === a.nativeName ? {} : { native: { text: a.nativeName, lang: a.lang } });
  }
  const recent = [...openTabs.entries()].sort((x, y) => y[1].lastAccessed - x[1].lastAccessed);
  for (const [url, tab] of recent) add('tab', url, tab.title);
  return choices;
}
