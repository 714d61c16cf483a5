/**
 * Remembered pairings: two pages the user read side by side, so that reopening either one offers the other first.
 * Pure helpers over the stored list (validated on every read, as the settings are); `storage.ts` keeps the list.
 */
import type { LangTag } from '../utils/contract';

export interface Pairing {
  /** The two pages' URLs without their fragments, the page the reader opened on first. */
  urls: [string, string];
  titles: [string, string];
  languages: [LangTag, LangTag];
  /** When the pair was last read (ms since the epoch): the most recent comes first. */
  savedAt: number;
}

/** Enough for years of reading; the oldest pairings go first. */
export const MAX_PAIRINGS = 500;

/** A URL as pairings compare it: absolute, http(s), without its fragment; null for anything else. */
export function pairingUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isPair = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every(isString);

/** The stored list with every malformed entry dropped. */
export function validatePairings(value: unknown): Pairing[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw): Pairing[] => {
    const p = raw as Partial<Pairing> | null;
    if (!p || !isPair(p.urls) || !isPair(p.titles) || !isPair(p.languages) || typeof p.savedAt !== 'number') return [];
    const urls = p.urls.map(pairingUrl);
    if (!urls[0] || !urls[1] || urls[0] === urls[1]) return [];
    return [{ urls: [urls[0], urls[1]], titles: p.titles, languages: p.languages, savedAt: p.savedAt }];
  });
}

/** The list with `pairing` added (replacing an earlier pairing of the same two pages, in either order), newest first. */
export function addPairing(list: Pairing[], pairing: Pairing): Pairing[] {
  const same = (p: Pairing) => p.urls.includes(pairing.urls[0]) && p.urls.includes(pairing.urls[1]);
  return [pairing, ...list.filter((p) => !same(p))].slice(0, MAX_PAIRINGS);
}

/** The page remembered with `url`, as seen from `url`: the other page's URL, title and language, newest first. */
export function partnersOf(list: Pairing[], url: string): { url: string; title: string; lang: LangTag }[] {
  const own = pairingUrl(url);
  if (!own) return [];
  return list
    .filter((p) => p.urls.includes(own))
    .sort((a, b) => b.savedAt - a.savedAt)
    .map((p) => {
      const k = p.urls[0] === own ? 1 : 0;
      return { url: p.urls[k], title: p.titles[k], lang: p.languages[k] };
    });
}
