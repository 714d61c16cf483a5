/**
 * One language in place on every bilingual page of the fixture corpus, parsed by the real parser: every block of the
 * hidden language is found and hidden, no block of the shown language is, and undo gives back the page exactly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { HIDDEN_ATTRIBUTE, hideLanguageInPlace } from '../../../components/in-place';
import { parseArticle } from '../../../utils/parse';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/pages');
const pages = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.html')) : [];

/** The page's text outside hidden elements, whitespace removed (blocks may span inline markup). */
function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.hasAttribute(HIDDEN_ATTRIBUTE) || ['script', 'style', 'head'].includes(el.localName)) return '';
  return Array.from(el.childNodes, visibleText).join('');
}
const squash = (text: string) => text.normalize('NFC').replace(/[\s\u200b-\u200d\u2060\u00ad]+/g, '');

describe.runIf(pages.length > 0)('one language in place on the fixture corpus', () => {
  it.each(pages)('hides exactly one language on %s and undoes it', (file) => {
    const html = fs.readFileSync(path.join(DIR, file), 'utf8');
    const article = parseArticle(parseHTML(html).document as unknown as Document, {});
    if (!article.bilingual) return;
    for (const lang of article.languages) {
      const doc = parseHTML(html).document as unknown as Document;
      const before = doc.toString();
      const result = hideLanguageInPlace(doc, article, lang);
      expect(result.matched, `${lang} blocks found`).toBe(result.total);
      const visible = squash(visibleText(doc.body));
      for (const block of article.blocks) {
        // A line printed identically in both languages ("Longitud: 14,2 km") stays visible through its twin.
        const twin = article.blocks.some((o) => o.lang !== block.lang && squash(o.text) === squash(block.text));
        if (twin) continue;
        const shown = visible.includes(squash(block.text));
        if (block.lang === lang) expect(shown, `${block.id} (${lang}) hidden`).toBe(false);
        else expect(shown, `${block.id} (${block.lang}) still shown`).toBe(true);
      }
      result.undo();
      expect(doc.toString()).toBe(before);
    }
  });
});
