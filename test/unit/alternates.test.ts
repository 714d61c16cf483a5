import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findAlternates, languageOfLinkText } from '../../utils/alternates';

const PAGE = 'https://news.example/en/world/2026/05/02/harbour-bridge';

function doc(html: string): Document {
  return parseHTML(`<!doctype html><html>${html}</html>`).document as unknown as Document;
}

describe('findAlternates', () => {
  test('reads hreflang links, resolved against the page, leaving out the page itself and x-default', () => {
    const d = doc(`<head>
      <link rel="alternate" hreflang="en" href="${PAGE}">
      <link rel="alternate" hreflang="x-default" href="/world/harbour-bridge">
      <link rel="alternate" hreflang="ko" href="/ko/international/2026/05/02/harbour-bridge">
      <link rel="alternate" hreflang="zh-cn" href="https://cn.news.example/a/harbour-bridge#top">
      <link rel="alternate" type="application/rss+xml" href="/feed.xml">
      <link rel="stylesheet" hreflang="fr" href="/fr.css">
    </head><body></body>`);
    const found = findAlternates(d, PAGE);
    expect(found.map((a) => [a.lang, a.url, a.via])).toEqual([
      ['ko', 'https://news.example/ko/international/2026/05/02/harbour-bridge', 'hreflang'],
      ['zh-CN', 'https://cn.news.example/a/harbour-bridge', 'hreflang'],
    ]);
    expect(found[0]!.name).toBe('Korean');
    expect(found[0]!.nativeName).toBe('한국어');
  });

  test('names the languages in the display language asked for', () => {
    const d = doc(`<head><link rel="alternate" hreflang="en" href="https://news.example/en/a"></head>`);
    expect(findAlternates(d, 'https://news.example/ko/a', { displayLanguage: 'ko' })[0]!.name).toBe('영어');
  });

  test('leaves out links that are not http(s)', () => {
    const d = doc(`<head><link rel="alternate" hreflang="ko" href="javascript:alert(1)">
      <link rel="alternate" hreflang="ja" href="ftp://news.example/ja/a"></head>
      <body><a href="mailto:desk@news.example" hreflang="en">English</a></body>`);
    expect(findAlternates(d, PAGE)).toEqual([]);
  });

  test('finds edition links in the body by hreflang, lang or text, and skips links to a front page', () => {
    const d = doc(`<body>
      <nav><a href="/ko/" lang="ko">한국어</a> <a href="https://news.example/" hreflang="fr">Français</a></nav>
      <article>
        <p><a href="/ko/a/harbour-bridge" hreflang="ko">한국어로 읽기</a></p>
        <p><a href="/es/mundo/puente">Leer en español</a> · <a href="/fr/monde/pont">Version française</a></p>
        <p><a href="/zh/a/qiao">中文版</a> <a href="/ja/a/hashi">日本語で読む</a> <a href="/de/a/bruecke">Deutsch</a></p>
        <p><a href="/pt/a/ponte" lang="pt">Ler</a></p>
        <p>The council <a href="/en/council">voted</a> in <a href="/topics/korean">Korean</a> and
          <a href="/en/about" lang="en">a link in a long sentence that is not any kind of switcher at all</a>.</p>
        <p><a href="/ko/a/harbour-bridge#comments">한국어</a></p>
      </article></body>`);
    const found = findAlternates(d, PAGE);
    expect(found.map((a) => [a.lang, new URL(a.url).pathname])).toEqual([
      ['ko', '/ko/a/harbour-bridge'],
      ['es', '/es/mundo/puente'],
      ['fr', '/fr/monde/pont'],
      ['zh', '/zh/a/qiao'],
      ['ja', '/ja/a/hashi'],
      ['de', '/de/a/bruecke'],
      ['pt', '/pt/a/ponte'],
    ]);
    expect(found.every((a) => a.via === 'link')).toBe(true);
  });

  test('keeps the first declaration of a URL the head and the body both name', () => {
    const d = doc(`<head><link rel="alternate" hreflang="ko" href="/ko/a"></head>
      <body><a href="/ko/a" hreflang="ko">한국어로 읽기</a><a href="/en/b">Read in English</a></body>`);
    expect(findAlternates(d, 'https://news.example/ja/a').map((a) => [a.lang, a.via])).toEqual([
      ['ko', 'hreflang'],
      ['en', 'link'],
    ]);
  });

  test('resolves relative links against the page’s <base href>', () => {
    const d = doc(`<head><base href="/editions/"></head><body><a href="ko/a">한국어로 읽기</a></body>`);
    expect(findAlternates(d, PAGE)[0]!.url).toBe('https://news.example/editions/ko/a');
  });

  test('reads the two-page fixtures’ pages: each offers the other edition first', () => {
    const root = 'test/fixtures/two-pages';
    if (!existsSync(root)) return;
    const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'first.html')));
    let checked = 0;
    for (const name of cases.filter((c) => !/other-article|same-language|same-topic/.test(c))) {
      const first = readFileSync(join(root, name, 'first.html'), 'utf8');
      const second = readFileSync(join(root, name, 'second.html'), 'utf8');
      const urlOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const [a, b] = [urlOf(first), urlOf(second)];
      if (!a || !b) continue;
      const found = findAlternates(doc(first.replace(/^<!--.*?-->\s*<!DOCTYPE html>\s*<html[^>]*>/s, '')), a);
      expect(found[0]?.url, name).toBe(b);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('languageOfLinkText', () => {
  test.each([
    ['Read in English', 'en'],
    ['Read this article in Korean', 'ko'],
    ['English version', 'en'],
    ['Spanish edition', 'es'],
    ['한국어로 읽기', 'ko'],
    ['영어로 보기', 'en'],
    ['영문판', 'en'],
    ['中文版', 'zh'],
    ['阅读英文版', 'en'],
    ['英語版', 'en'],
    ['日本語で読む', 'ja'],
    ['Version française', 'fr'],
    ['Lire en anglais', 'en'],
    ['Leer en español', 'es'],
    ['Versión en inglés', 'en'],
    ['Ler em português', 'pt'],
    ['Auf Deutsch lesen', 'de'],
    ['Englische Fassung', 'en'],
    ['» English', 'en'],
    ['한국어', 'ko'],
    ['繁體中文', 'zh-Hant'],
    ['Español', 'es'],
  ])('reads %j as a link to the article in %s', (text, lang) => {
    expect(languageOfLinkText(text)).toBe(lang);
  });

  test.each(['Korean', 'Read more', 'Version 2', 'In depth', 'Read in full', 'English football', ''])(
    'does not read %j as an edition link',
    (text) => {
      expect(languageOfLinkText(text)).toBeNull();
    },
  );
});
