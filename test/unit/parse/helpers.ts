import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML of a unit-test page in ./pages. */
export function page(name: string): string {
  return readFileSync(join(import.meta.dirname, 'pages', `${name}.html`), 'utf8');
}
