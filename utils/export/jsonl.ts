/** JSON Lines: one clip a line (the JSON export's object, unindented); read back with `importClips`. */
import type { Clip } from './clip';
import { clipRecord } from './json';

export function exportJsonl(clip: Clip): string {
  return JSON.stringify(clipRecord(clip)) + '\n';
}

export function mergeJsonl(clips: Clip[]): string {
  return clips.map(exportJsonl).join('');
}
