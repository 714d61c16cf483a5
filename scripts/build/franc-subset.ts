/**
 * A Vite plugin that ships only the trigram profiles of the languages Diglot reads.
 *
 * `franc-all` holds profiles for 414 languages (550 KB, 265 KB gzipped), and Diglot only ever asks it about the 80 or
 * so in `utils/lang/languages.ts` (always through `only`). Its data module is rewritten at build time to those
 * languages; the library's code is untouched. Restricted with `only`, franc scores the same with the full and the
 * pruned data (its scores are normalised over the languages it compares), so the CLI and the tests, which load the
 * full data in Node, see exactly what the extension sees.
 */
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../utils/lang/languages';

export function francSubset(): Plugin {
  return {
    name: 'diglot-franc-subset',
    async transform(_code, id) {
      if (!/[\\/]franc-all[\\/]data\.js$/.test(id)) return null;
      const keep = new Set(LANGUAGES.map((l) => l.iso3).filter((c): c is string => Boolean(c)));
      const { data } = (await import('franc-all/data.js')) as { data: Record<string, Record<string, string>> };
      // Every script stays (empty when none of its languages is kept), so franc still tells scripts apart.
      const pruned = Object.fromEntries(
        Object.entries(data).map(([script, langs]) => [
          script,
          Object.fromEntries(Object.entries(langs).filter(([code]) => keep.has(code))),
        ]),
      );
      return { code: `export const data = ${JSON.stringify(pruned)};\n`, map: null };
    },
  };
}
