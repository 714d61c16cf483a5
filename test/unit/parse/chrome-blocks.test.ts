import { describe, expect, it } from 'vitest';
import { chromeReasons, dropChrome, isLanguageSwitcher } from '../../../utils/chrome-blocks';
import { collectBlocks } from '../../../utils/dom/blocks';
import { htmlToDocument } from '../../../utils/parse-html';

const SENTENCE = 'The ferry resumed service on Monday, two weeks later than usual because of thick ice on the river.';

function blocks(body: string) {
  const root = htmlToDocument(`<!doctype html><html><body><div id="root">${body}</div></body></html>`).getElementById(
    'root',
  )!;
  return collectBlocks(root, { orderOf: () => 0, skipChrome: true, article: true });
}

const kept = (body: string, where: 'article' | 'page' = 'article'): string[] =>
  dropChrome(blocks(body), where).map((b) => b.text);

describe('chrome known by its place among the blocks', () => {
  it('drops a comment between its author-and-time line and its reply button, in a language it has no words for', () => {
    const body = `<p>${SENTENCE}</p><h3>Yorumlar (2)</h3>
      <div><span>Mehmet K.</span> <span>2 saat önce</span><p>Güvenlik her şeyden önce gelir, bence doğru bir karar.</p><a href="#">Yanıtla</a></div>
      <div><span>Gezgin58</span> <span>dün</span><p>Haberin İngilizcesinin de verilmesi çok iyi olmuş.</p><a href="#">Yanıtla</a></div>`;
    expect(kept(body)).toEqual([SENTENCE]);
  });

  it('drops the links under a "related" heading, and the heading', () => {
    const body = `<p>${SENTENCE}</p><h4>관련기사</h4><p><a href="/1">블링컨 국무장관, 동맹국과 긴급 협의</a></p><p><a href="/2">미 국방부, 병력 증강 주시</a></p><p>${SENTENCE} Again.</p>`;
    expect(kept(body)).toEqual([SENTENCE, `${SENTENCE} Again.`]);
  });

  it('drops a list of headline links whatever its heading says', () => {
    const body = `<p>${SENTENCE}</p><h3>ये भी पढ़ें</h3><ul><li><a href="/1">गर्मी में बिजली कटौती से लोग परेशान, कई इलाकों में घंटों गुल</a></li><li><a href="/2">हीटस्ट्रोक के लक्षण और बचाव: डॉक्टरों की सलाह</a></li></ul>`;
    expect(kept(body)).toEqual([SENTENCE]);
  });

  it('drops a run of short menu links but keeps a single link in the text', () => {
    const body = `<ul><li><a href="/a">Allgemein</a></li><li><a href="/b">Hotels</a></li><li><a href="/c">Urlaub</a></li></ul><p>${SENTENCE}</p><p><a href="/d">Official website</a></p>`;
    expect(kept(body)).toEqual([SENTENCE, 'Official website']);
  });

  it('drops the rest of a paywall box with the paywall, not the article beside it', () => {
    const long = `${SENTENCE} Crews repaired a landing ramp over the weekend, and the fare for a car stays at nine dollars.`;
    const body = `<p>${long}</p><p>${long}</p><div class="barriere"><p>Il vous reste 62 % de cet article à lire. La suite est réservée aux abonnés.</p><p>Offre spéciale : 1 € par mois pendant 6 mois, sans engagement.</p></div>`;
    expect(kept(body)).toEqual([long, long]);
    const flat = `<p>${SENTENCE}</p><p>Il vous reste 62 % de cet article à lire. La suite est réservée aux abonnés.</p>`;
    expect(kept(flat)).toEqual([SENTENCE]);
  });

  it('drops the heading of a subscription box in its own language', () => {
    const body = `<p>${SENTENCE}</p><div><h2>Suport al periodisme local</h2><p>Informació de proximitat que no trobaràs enlloc més. Fes-te’n subscriptor per 1 € el primer mes.</p></div>`;
    expect(chromeReasons(blocks(body), 'article')).toEqual([null, 'paywall-heading', 'paywall']);
  });

  it('keeps the reporter’s name after the article as its note, and drops it above the article', () => {
    expect(
      chromeReasons(blocks(`<p>박지훈 기자</p><p>${SENTENCE}</p><p>박지훈 기자 (서울 특파원)</p>`), 'article'),
    ).toEqual(['byline', null, null]);
  });

  it('drops a kicker printed above the byline', () => {
    const body = `<p>På två språk</p><p>Mikko Virtanen Publicerad 25.8.2026 kl. 06.00</p><p>${SENTENCE}</p>`;
    expect(chromeReasons(blocks(body), 'article')).toEqual(['kicker', 'meta', null]);
  });

  it('keeps link lists that Readability kept in the article, but not in the page around it', () => {
    const body = `<p>${SENTENCE}</p><p><a href="/x">Read the council's full report on the ferry</a></p>`;
    expect(kept(body, 'article')).toHaveLength(2);
    expect(kept(body, 'page')).toHaveLength(1);
  });

  it('keeps "Back to the Future" and "About" as headings and drops "Back to the list" as a link', () => {
    expect(kept(`<h2>Back to the Future</h2><p>${SENTENCE}</p>`)).toHaveLength(2);
    expect(kept(`<h2>About</h2><p>${SENTENCE}</p>`)).toHaveLength(2);
    expect(kept(`<p>${SENTENCE}</p><p><a href="/">Back to the list</a></p>`)).toEqual([SENTENCE]);
  });
});

describe('language switchers', () => {
  it('reads a line of language names as a switcher', () => {
    expect(isLanguageSwitcher('English | 한국어 | 中文')).toBe(true);
    expect(isLanguageSwitcher('The English version of the report came out in March.')).toBe(false);
  });
});
