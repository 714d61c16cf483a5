import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, nextView, validateSettings, validateSiteViews, VIEW_MODES } from '../../utils/settings';

describe('validateSettings', () => {
  test('returns the defaults for nothing stored', () => {
    expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  test('keeps valid fields and replaces each invalid one by its default', () => {
    const settings = validateSettings({ theme: 'dark', fontSize: 'huge', defaultView: 'sideways', autoDetect: false });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', autoDetect: false });
  });

  test('clamps numbers into their range', () => {
    expect(validateSettings({ fontSize: 400, columnWidth: 1 })).toMatchObject({ fontSize: 32, columnWidth: 28 });
  });
});

describe('validateSiteViews', () => {
  test('drops entries that are not a known view and keeps the rest', () => {
    const views = validateSiteViews({
      'a.example': { view: 'interleaved', swapped: true },
      'b.example': { view: 'upside-down' },
      'c.example': 'side-by-side',
    });
    expect(views).toEqual({ 'a.example': { view: 'interleaved', swapped: true } });
  });
});

describe('nextView', () => {
  test('cycles through every view and back to the original page', () => {
    const seen = [VIEW_MODES[0]!];
    for (let i = 0; i < VIEW_MODES.length; i++) seen.push(nextView(seen[seen.length - 1]!));
    expect(seen.slice(0, -1)).toEqual(VIEW_MODES);
    expect(seen.at(-1)).toBe('original');
  });
});
