import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { TextReadability } from '../../../utils/extract';
import { htmlToDocument } from '../../../utils/parse-html';

const article = `<!doctype html><html lang="en"><head><base href="https://news.example/city/"><title>Fares rise</title></head>
<body><nav><a href="/">Home</a> <a href="/city/">City</a></nav><main><article><h1>Subway fares rise in March</h1>
${Array.from(
  { length: 6 },
  (_, i) =>
    `<p>The transit authority said on Monday that the base fare will rise by ${10 + i} cents in March, the first increase in four years. Riders can read <a href="fares/${i}.html">the fare table</a> before the change, and the council will hear comments at its next meeting.</p>`,
).join('\n')}
</article></main><footer><a href="/about">About us</a></footer></body></html>`;

describe('Readability without its link rewriting', () => {
  it('overrides a method the installed Readability has (an upgrade that renames it fails here)', () => {
    const proto = Readability.prototype as unknown as Record<string, unknown>;
    expect(typeof proto._fixRelativeUris).toBe('function');
    expect(TextReadability.prototype._fixRelativeUris).not.toBe(proto._fixRelativeUris);
  });

  it('leaves the links as they are and the text exactly as Readability gives it', () => {
    const serializer = (el: Node): Element => el as Element;
    const plain = new Readability<Element>(htmlToDocument(article), { serializer, keepClasses: true }).parse();
    const text = new TextReadability(htmlToDocument(article), { serializer, keepClasses: true }).parse();
    const hrefs = (el: Element | null | undefined): string[] =>
      [...(el?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs(plain?.content)).toContain('https://news.example/city/fares/0.html');
    expect(hrefs(text?.content)).toContain('fares/0.html');
    expect(text?.textContent).toBe(plain?.textContent);
    expect(text?.title).toBe(plain?.title);
  });
});
