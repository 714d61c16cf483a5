/**
 * Typed storage items. Everything stays in `storage.local` on this device: Diglot syncs nothing and sends nothing.
 * Values are validated on every read (see utils/settings.ts), so a bad record falls back to defaults.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, validateSettings, validateSiteViews, type Settings, type SiteView } from '../utils/settings';
import { SETTINGS_KEY } from './settings-read';
import { addPairing, partnersOf, validatePairings, type Pairing } from './pairings';
import { editsKey, validateSavedEdits } from './saved-edits';
import type { SavedEdits } from '../utils/pair-edits';

const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, { fallback: { ...DEFAULT_SETTINGS } });
const siteViewsItem = storage.defineItem<Record<string, SiteView>>('local:siteViews', { fallback: {} });

export async function getSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = validateSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(validateSettings(value)));
}

export async function getSiteView(host: string): Promise<SiteView | undefined> {
  return validateSiteViews(await siteViewsItem.getValue())[host];
}

export async function saveSiteView(host: string, view: SiteView): Promise<void> {
  const all = validateSiteViews(await siteViewsItem.getValue());
  all[host] = view;
  await siteViewsItem.setValue(all);
}

const pairingsItem = storage.defineItem<unknown>('local:pairings', { fallback: [] });

/** Remembers that two pages were read side by side. */
export async function savePairing(pairing: Pairing): Promise<void> {
  await pairingsItem.setValue(addPairing(validatePairings(await pairingsItem.getValue()), pairing));
}

/** The pages read beside `url` before, newest first. */
export async function pairingsFor(url: string): Promise<ReturnType<typeof partnersOf>> {
  return partnersOf(validatePairings(await pairingsItem.getValue()), url);
}

/** Corrections to pages' alignments (pair-edits.ts), by page address (`editsKey`), next to the per-site view. */
const pairEditsItem = storage.defineItem<Record<string, unknown>>('local:pairEdits', { fallback: {} });

/** The corrections saved for a page, or undefined; a damaged record reads as none. */
export async function getPairEdits(url: string): Promise<SavedEdits | undefined> {
  const all = (await pairEditsItem.getValue()) ?? {};
  return validateSavedEdits(all[editsKey(url)]) ?? undefined;
}

/** Saves a page's corrections; none at all removes the record. */
export async function savePairEdits(saved: SavedEdits): Promise<void> {
  const all = { ...((await pairEditsItem.getValue()) ?? {}) };
  if (saved.edits.length === 0) delete all[editsKey(saved.url)];
  else all[editsKey(saved.url)] = saved;
  await pairEditsItem.setValue(all);
}
