/** File names for downloads: readable, dated, and safe on every file system. */
import type { Clip } from './export/clip';

// Control characters are unsafe in file names too; the rule against them in regexes guards against typos, not this.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** `2026-11-28 President Biden discusses easing tensions.tmx`: the date clipped, the first title, the extension. */
export function clipFileName(clip: Clip, extension: string): string {
  const date = clip.citation.clippedAt.slice(0, 10);
  const first = clip.article.languages[0];
  const title = (first && clip.citation.title[first]) || Object.values(clip.citation.title)[0] || 'article';
  const safe = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80).trim() || 'article';
  return `${date} ${safe}.${extension}`;
}
