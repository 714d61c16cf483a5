/**
 * The clip library: saved articles, kept so that nothing already saved is ever lost.
 *
 * Each clip is its own storage record (`clip:<id>`), and the list the library shows is rebuilt from the records
 * themselves, not from a separate index that a crash could leave out of step. So:
 * - a save that fails (storage full, the browser closing mid-write) touches no other record;
 * - a corrupted record is reported by its key and skipped, the others load;
 * - an import validates every record first and saves them one by one, reporting each one that failed.
 *
 * The store is passed in (browser.storage.local in the extension, a Map in tests), so this module has no extension
 * APIs and is tested in Node.
 */
import type { Clip } from './export/clip';
import { clipRecord, validateClipRecord } from './export/json';

/** The subset of `storage.local` the library uses. */
export interface KeyValueStore {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface SavedClip {
  id: string;
  savedAt: string;
  clip: Clip;
}

export interface LoadResult {
  clips: SavedClip[];
  /** One message per record that could not be read; those records are left in storage untouched. */
  problems: string[];
}

const PREFIX = 'clip:';

export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(
      'Storage is full: this clip was not saved, and every clip saved before is still there. ' +
        'Export and delete some clips from the library to make room.',
      { cause },
    );
    this.name = 'StorageFullError';
  }
}

function isQuotaError(error: unknown): boolean {
  const text = String((error as { message?: unknown })?.message ?? error);
  return /quota|QUOTA_BYTES|storage.*full|exceeded/i.test(text);
}

/** A record id that sorts by save time: `20261128T112233Z-3f9a`. */
function newId(now: Date, random: () => number): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${Math.floor(random() * 0xffff)
    .toString(16)
    .padStart(4, '0')}`;
}

export class ClipLibrary {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => Date = () => new Date(),
    private readonly random: () => number = Math.random,
  ) {}

  /** Every readable clip, newest first, and a message for each record that is not readable. */
  async list(): Promise<LoadResult> {
    const all = await this.store.get(null);
    const clips: SavedClip[] = [];
    const problems: string[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(PREFIX)) continue;
      const saved = readRecord(key.slice(PREFIX.length), value);
      if ('problem' in saved) problems.push(saved.problem);
      else clips.push(saved);
    }
    clips.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : b.id.localeCompare(a.id)));
    return { clips, problems };
  }

  /** Saves one clip as a record of its own. Throws StorageFullError with a message for the user when full. */
  async save(clip: Clip): Promise<SavedClip> {
    const now = this.now();
    const saved: SavedClip = { id: newId(now, this.random), savedAt: now.toISOString(), clip };
    try {
      // Stored in the JSON export's own shape, so a record and an exported file are read by one validator.
      await this.store.set({ [PREFIX + saved.id]: { savedAt: saved.savedAt, record: clipRecord(clip) } });
    } catch (error) {
      if (isQuotaError(error)) throw new StorageFullError(error);
      throw new Error(`The clip could not be saved (${String(error)}); clips saved before are unchanged.`, {
        cause: error,
      });
    }
    return saved;
  }

  /** Saves a changed clip over its own record (the pair editor's corrections), keeping its id and save time. */
  async replace(saved: SavedClip, clip: Clip): Promise<SavedClip> {
    try {
      await this.store.set({ [PREFIX + saved.id]: { savedAt: saved.savedAt, record: clipRecord(clip) } });
    } catch (error) {
      if (isQuotaError(error)) throw new StorageFullError(error);
      throw error;
    }
    return { ...saved, clip };
  }

  async remove(id: string): Promise<void> {
    await this.store.remove([PREFIX + id]);
  }

  /**
   * Saves clips read from an export, one record each. Stops at the first full-storage error: the clips before it
   * are saved, the rest reported; nothing saved earlier is touched.
   */
  async importClips(clips: Clip[]): Promise<{ saved: number; errors: string[] }> {
    let saved = 0;
    const errors: string[] = [];
    for (const [index, clip] of clips.entries()) {
      try {
        await this.save(clip);
        saved += 1;
      } catch (error) {
        errors.push(`Clip ${index + 1}: ${(error as Error).message}`);
        if (error instanceof StorageFullError) {
          if (index + 1 < clips.length) errors.push(`${clips.length - index - 1} more clips were not imported.`);
          break;
        }
      }
    }
    return { saved, errors };
  }
}

function readRecord(id: string, value: unknown): SavedClip | { problem: string } {
  if (!value || typeof value !== 'object') return { problem: `Clip ${id} is unreadable (not an object); left as is.` };
  const stored = value as { savedAt?: unknown; record?: unknown };
  const checked = validateClipRecord(stored.record);
  if ('problems' in checked) return { problem: `Clip ${id} is damaged (${checked.problems.join('; ')}); left as is.` };
  const savedAt = typeof stored.savedAt === 'string' ? stored.savedAt : checked.clip.citation.clippedAt;
  return { id, savedAt, clip: checked.clip };
}

/** Lower-cased text a search box matches against: titles, site, URL, authors and the article's text. */
export function searchText(saved: SavedClip): string {
  const { article, citation } = saved.clip;
  return [
    ...Object.values(citation.title),
    citation.siteName ?? '',
    citation.url ?? '',
    ...citation.authors,
    ...article.blocks.map((block) => block.text),
  ]
    .join('\n')
    .toLowerCase();
}

export function matchesQuery(saved: SavedClip, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(saved);
  return words.every((word) => text.includes(word));
}
