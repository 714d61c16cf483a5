import { describe, expect, it } from 'vitest';
import { chromeKind, chromeKindAnyLanguage, isMetaLine } from '../../../utils/chrome-text';

describe('chrome by its text', () => {
  it.each([
    ['기자명 Janne Pak', 'byline'],
    ['승인 2021.12.31 17:33', 'meta'],
    ['댓글 0', 'meta'],
    ['Min-ji Seo 입력 2026.07.15 09:00 조회수 1,284', 'meta'],
    ['박재인 기자', 'byline'],
    ['By Kenji Ota', 'byline'],
    ['责任编辑：王芳', 'meta'],
    ['October 9, 2026 at 17:40 JST · By Kenji Ota, staff writer', 'meta'],
    ['Par Claire Fabre (Marseille, correspondante) · Publié le 18 juin 2026 à 07h45, mis à jour à 10h12', 'meta'],
    ['01.10.2026, 06.30 Uhr', 'meta'],
    ['Lesezeit: 4 Min.', 'meta'],
    ['Door Pieter Claes · maandag 9/3/2026 · 3 min. leestijd', 'meta'],
    ['Mikko Virtanen Publicerad 25.8.2026 kl. 06.00', 'meta'],
    ['2026年04月12日 09:30 来源：成都晚报', 'meta'],
    ['作者：李明', 'byline'],
    ['ayse_nur 3 saat önce', 'meta'],
    ['Montse R. fa 2 hores', 'meta'],
    ['3 comments', 'meta'],
  ])('reads %j as a date or count line, or a byline', (text, kind) => {
    expect(chromeKind(text)).toBe(kind);
  });

  it.each([
    ['홈 > 국제 > 미국', 'breadcrumb'],
    ['Home > World > Asia', 'breadcrumb'],
    ['이 기자의 다른 기사', 'related'],
    ['관련기사', 'related'],
    ['À lire aussi', 'related'],
    ['Lire aussi : Les critiques de la CNIL contre le projet de loi', 'related'],
    ['[Read: Why the city changed its mind on the bridge]', 'related'],
    ['相关阅读', 'related'],
    ['Siehe auch', 'related'],
    ['Share this article', 'share'],
    ['分享到微博 微信', 'share'],
    ['Partager : Facebook · X · LinkedIn · E-mail · Copier le lien', 'share'],
    ['Il vous reste 62 % de cet article à lire. La suite est réservée aux abonnés.', 'paywall'],
    ['Du har läst 3 av 5 gratis artiklar den här månaden. Bli prenumerant från 9,90 euro i månaden.', 'paywall'],
    ['有料会員になると、音声付きの英文対訳記事がすべて読めます。 今すぐ登録する', 'paywall'],
    ['Sign up for our newsletter and get the top stories in your inbox every morning.', 'subscribe'],
    ['We use cookies to improve your experience. By continuing you accept our privacy policy.', 'cookie'],
    ['Copyright ⓒ USA JOURNAL KOREA. 모든 콘텐츠의 무단 전재, 복사, 배포를 금합니다.', 'copyright'],
    ['版权声明：本文版权归本报所有，未经允许不得转载。', 'copyright'],
    ['Advertisement', 'ad'],
    ['Reklam: Yaz kampanyası başladı, tüm yurt içi uçuşlarda yüzde 20 indirim', 'ad'],
    ['查看中文版', 'switcher'],
    ['FR / NL', 'switcher'],
    ['Tags: Ukraine, Russia', 'tags'],
    ['Yorumlar (3)', 'comments'],
    ['Yanıtla', 'comments'],
    ['Els comentaris es moderen. Respecta les normes de participació.', 'comments'],
    ['Next Item（下一条目）：Item 70: Use checked exceptions for recoverable conditions', 'pagination'],
    ['Post your comment', 'comments'],
    ['Display Name', 'form'],
    ['Site Map', 'footer'],
    ['This work is licensed under a Creative Commons Attribution 4.0 International License.', 'copyright'],
    ['This page was last updated on 2016-01-18.', 'notice'],
  ])('reads %j as chrome', (text, kind) => {
    expect(chromeKind(text)).toBe(kind);
  });

  it('reads a line printing the same chrome in two languages as chrome', () => {
    expect(chromeKindAnyLanguage('相关文章 / Related')).toBe('related');
    expect(chromeKindAnyLanguage('作者：陈静 / By Chen Jing')).toBe('byline');
    expect(chromeKindAnyLanguage('责任编辑：孙悦 / Editor: Sun Yue')).toBe('meta');
  });

  it.each([
    // article sentences that mention dates, subscriptions, prices or cookies
    'The city library will open on Sundays from next month, the council announced on Tuesday.',
    'Les abonnements de saison ont été mis en vente en juin au prix de 249 $, et 6 200 se sont envolés dès les deux premiers jours.',
    'The bakery sold 4,000 cookies on its first day, the owner said.',
    // the article's own notes: a copyright line, a contact line, a bracketed author note, credits
    'All Copy Right Reserved: on USA JOURNAL KOREA Site.',
    'All rights reserved © Washington Korean Press.',
    '서민지 기자 minji.seo@wkpress.example',
    '(Janne Pak, White House Correspondent)',
    'Additional reporting by Gareth Morgan.',
    'Traducción: Redacción de La Voz del Sur.',
    // an image credit with its licence
    'Methodology icon: Process by Rflor from thenounproject.com. Licensed under CC BY 3.0.',
    // fact boxes and date ranges
    'Ouverture : 1er septembre',
    '운항 개시: 5월 1일',
    '开放时间：每日8:00–24:00',
    '28 августа — 6 сентября',
    '日期：12月5日至2027年2月28日',
    // headings
    'Published works',
    'Updated guidance',
    'From Seoul, with love',
    'Highlights',
    'A hospital wing and two schools first',
    '发布会推迟',
  ])('leaves %j as article text', (text) => {
    expect(chromeKind(text)).toBeNull();
  });

  it('never reads a table cell or a caption as a date or byline line', () => {
    expect(chromeKind('12:01 PM')).toBe('meta');
    expect(chromeKind('12:01 PM', { kind: 'table-cell' })).toBeNull();
    expect(chromeKind('Photo by Joan Bardeletti')).toBe('byline');
    expect(chromeKind('Photo by Joan Bardeletti', { kind: 'caption' })).toBeNull();
  });

  it('reads arrows between spaces as a breadcrumb, not the brackets of code', () => {
    expect(chromeKind('Start › Borgå › Artikel')).toBe('breadcrumb');
    expect(chromeKind('<ul> List of <img>')).toBeNull();
  });

  it('needs a name beside a byline label, and the label first', () => {
    expect(isMetaLine('By Kenji Ota')).toBe(true);
    expect(isMetaLine('By')).toBe(false);
    expect(isMetaLine('By the numbers')).toBe(false);
    expect(isMetaLine('Translated from Indonesian by Ayu Lestari.')).toBe(false);
  });
});
