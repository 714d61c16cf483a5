import { describe, expect, test } from 'vitest';
import { badgeText, languageNames } from '../../utils/badge';

describe('badgeText', () => {
  test('shows the primary subtags of the pair in capitals', () => {
    expect(badgeText(['en', 'ko'])).toBe('EN KO');
    expect(badgeText(['zh-Hant', 'en'])).toBe('ZH EN');
  });

  test('is empty for no languages', () => {
    expect(badgeText([])).toBe('');
  });
});

describe('languageNames', () => {
  test('names languages in the UI language', () => {
    expect(languageNames(['en', 'ko'], 'en')).toEqual(['English', 'Korean']);
    expect(languageNames(['en', 'ko'], 'ko')).toEqual(['영어', '한국어']);
  });

  test('falls back to the tag for a tag it cannot name', () => {
    expect(languageNames(['not a tag!'], 'en')).toEqual(['not a tag!']);
  });
});
