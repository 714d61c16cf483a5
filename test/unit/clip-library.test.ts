import { describe, expect, test } from 'vitest';
import { ClipLibrary, matchesQuery, StorageFullError, type KeyValueStore } from '../../utils/clip-library';
import { articleOf, clipOf } from './export/sample';

/** storage.local as a Map, with a byte quota like Chrome's, and switches to make writes fail. */
class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  failNextWith?: Error;
  constructor(private readonly quotaBytes = Infinity) {}
  private size(): number {
    let bytes = 0;
    for (const [key, value] of this.data) bytes += key.length + JSON.stringify(value).length;
    return bytes;
  }
  async get(keys: string[] | null) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of this.data) if (!keys || keys.includes(key)) out[key] = structuredClone(value);
    return out;
  }
  async set(items: Record<string, unknown>) {
    if (this.failNextWith) {
      const error = this.failNextWith;
      this.failNextWith = undefined;
      throw error;
    }
    const extra = Object.entries(items).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
    // Chrome rejects the whole write when it would pass the quota, leaving storage as it was.
    if (this.size() + extra > this.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
  }
  async remove(keys: string[]) {
    for (const key of keys) this.data.delete(key);
  }
}

const clip = (title: string) =>
  clipOf(
    articleOf(['en', 'ko'], [{ en: [`${title} in English.`], ko: [`${title} 한국어.`] }], { title: { en: title } }),
  );

function clock() {
  let t = Date.parse('2026-11-28T10:00:00Z');
  return () => new Date((t += 1000));
}

describe('ClipLibrary', () => {
  test('saves clips and lists them newest first, each readable back', async () => {
    const library = new ClipLibrary(new MemoryStore(), clock());
    await library.save(clip('First'));
    await library.save(clip('Second'));
    const { clips, problems } = await library.list();
    expect(problems).toEqual([]);
    expect(clips.map((c) => c.clip.article.title.en)).toEqual(['Second', 'First']);
    expect(clips[0]!.clip.article.blocks[1]!.text).toBe('Second 한국어.');
  });

  test('when storage is full it says so and keeps every clip saved before', async () => {
    const store = new MemoryStore(4_000);
    const library = new ClipLibrary(store, clock());
    let saved = 0;
    let error: unknown;
    try {
      for (;;) {
        await library.save(clip(`Clip ${saved}`));
        saved += 1;
      }
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/storage is full.*every clip saved before is still there/i);
    expect(saved).toBeGreaterThan(0);
    expect((await library.list()).clips).toHaveLength(saved);
  });

  test('an interrupted save loses nothing saved before and reports what happened', async () => {
    const store = new MemoryStore();
    const library = new ClipLibrary(store, clock());
    await library.save(clip('Kept'));
    store.failNextWith = new Error('The browser is shutting down');
    await expect(library.save(clip('Lost'))).rejects.toThrow(/could not be saved.*shutting down.*unchanged/);
    expect((await library.list()).clips.map((c) => c.clip.article.title.en)).toEqual(['Kept']);
  });

  test('a corrupted record is reported by its id and the others still load', async () => {
    const store = new MemoryStore();
    const library = new ClipLibrary(store, clock());
    await library.save(clip('Good'));
    store.data.set('clip:broken-1', { savedAt: 'x', record: { schema: 1, blocks: 'not a list' } });
    store.data.set('clip:broken-2', 'garbage');
    store.data.set('settings', { theme: 'dark' }); // other keys are not clips
    const { clips, problems } = await library.list();
    expect(clips.map((c) => c.clip.article.title.en)).toEqual(['Good']);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/broken-1 is damaged/);
    expect(problems.join('\n')).toMatch(/broken-2 is unreadable/);
    expect(store.data.has('clip:broken-1')).toBe(true); // left for the user to export or delete
  });

  test('an import that fills storage saves what fits, counts the rest, and keeps what was there', async () => {
    const store = new MemoryStore(5_000);
    const library = new ClipLibrary(store, clock());
    await library.save(clip('Already here'));
    const incoming = Array.from({ length: 20 }, (_, i) => clip(`Imported ${i}`));
    const result = await library.importClips(incoming);
    expect(result.saved).toBeGreaterThan(0);
    expect(result.saved).toBeLessThan(20);
    expect(result.errors.join('\n')).toMatch(/storage is full/i);
    expect(result.errors.join('\n')).toMatch(new RegExp(`${20 - result.saved - 1} more clips were not imported`));
    const titles = (await library.list()).clips.map((c) => c.clip.article.title.en);
    expect(titles).toContain('Already here');
    expect(titles).toHaveLength(result.saved + 1);
  });

  test('deletes one clip by id', async () => {
    const library = new ClipLibrary(new MemoryStore(), clock());
    const a = await library.save(clip('A'));
    await library.save(clip('B'));
    await library.remove(a.id);
    expect((await library.list()).clips.map((c) => c.clip.article.title.en)).toEqual(['B']);
  });
});

describe('matchesQuery', () => {
  test('matches every word of the query anywhere in titles or text, ignoring case', async () => {
    const library = new ClipLibrary(new MemoryStore(), clock());
    const saved = await library.save(clip('Harbour tram'));
    expect(matchesQuery(saved, 'harbour 한국어')).toBe(true);
    expect(matchesQuery(saved, 'harbour bicycle')).toBe(false);
    expect(matchesQuery(saved, '  ')).toBe(true);
  });
});
