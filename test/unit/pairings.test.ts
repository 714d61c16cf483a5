import { describe, expect, test } from 'vitest';
import {
  addPairing,
  MAX_PAIRINGS,
  pairingUrl,
  partnersOf,
  validatePairings,
  type Pairing,
} from '../../platform/pairings';

const EN = 'https://news.example/en/world/harbour-bridge';
const KO = 'https://news.example/ko/world/harbour-bridge';
const JA = 'https://news.example/ja/world/harbour-bridge';

const pairing = (urls: [string, string], savedAt: number, languages: [string, string] = ['en', 'ko']): Pairing => ({
  urls,
  titles: [`title of ${urls[0]}`, `title of ${urls[1]}`],
  languages,
  savedAt,
});

describe('pairingUrl', () => {
  test('drops the fragment and refuses what is not a web page', () => {
    expect(pairingUrl(`${EN}#comments`)).toBe(EN);
    expect(pairingUrl('chrome://settings')).toBeNull();
    expect(pairingUrl('not a url')).toBeNull();
  });
});

describe('validatePairings', () => {
  test('keeps well-formed pairings and drops the rest', () => {
    const good = pairing([EN, KO], 1);
    const stored: unknown = [
      good,
      null,
      { ...good, urls: [EN] },
      { ...good, savedAt: 'yesterday' },
      pairing([EN, EN], 2),
    ];
    expect(validatePairings(stored)).toEqual([good]);
    expect(validatePairings('garbage')).toEqual([]);
  });
});

describe('addPairing and partnersOf', () => {
  test('either page finds the other, newest first', () => {
    let list = addPairing([], pairing([EN, KO], 1));
    list = addPairing(list, pairing([EN, JA], 2, ['en', 'ja']));
    expect(partnersOf(list, KO).map((p) => [p.url, p.lang])).toEqual([[EN, 'en']]);
    expect(partnersOf(list, `${EN}#top`).map((p) => p.url)).toEqual([JA, KO]);
    expect(partnersOf(list, 'https://news.example/other')).toEqual([]);
  });

  test('reading the same two pages again, in either order, replaces the old pairing', () => {
    let list = addPairing([], pairing([EN, KO], 1));
    list = addPairing(list, pairing([KO, EN], 5, ['ko', 'en']));
    expect(list).toHaveLength(1);
    expect(partnersOf(list, EN)).toEqual([{ url: KO, title: `title of ${KO}`, lang: 'ko' }]);
  });

  test('keeps at most MAX_PAIRINGS, dropping the oldest', () => {
    let list: Pairing[] = [];
    for (let i = 0; i <= MAX_PAIRINGS; i++) list = addPairing(list, pairing([`${EN}/${i}`, `${KO}/${i}`], i));
    expect(list).toHaveLength(MAX_PAIRINGS);
    expect(partnersOf(list, `${EN}/0`)).toEqual([]);
    expect(partnersOf(list, `${EN}/${MAX_PAIRINGS}`)).toHaveLength(1);
  });
});
