import { describe, expect, it } from 'vitest';
import { identify } from '../../../utils/lang/identify';
import { hanVariant } from '../../../utils/lang/han-variant';

describe('language identification within a pair', () => {
  it('tells Spanish from Portuguese', () => {
    expect(
      identify('Los agricultores cobran ahora unos 4,10 euros por kilo, frente a los 6,90 de hace un año.', [
        'es',
        'pt',
      ]).lang,
    ).toBe('es');
    expect(
      identify('Os agricultores recebem agora cerca de 4,10 euros por quilo, contra 6,90 há um ano.', ['es', 'pt'])
        .lang,
    ).toBe('pt');
  });

  it('tells Russian from Ukrainian by the letters only one of them writes', () => {
    expect(identify('Паром будет ходить каждые сорок минут.', ['ru', 'uk']).lang).toBe('ru');
    expect(identify('Пором курсуватиме кожні сорок хвилин.', ['ru', 'uk']).lang).toBe('uk');
  });

  it('tells Simplified from Traditional Chinese', () => {
    expect(hanVariant('澳门新中央图书馆将于明年开放')).toBe('zh-Hans');
    expect(hanVariant('澳門新中央圖書館將於明年開放')).toBe('zh-Hant');
    expect(identify('新馆可容纳藏书约100万册', ['zh-Hans', 'zh-Hant']).lang).toBe('zh-Hans');
    expect(identify('新館可容納藏書約100萬冊', ['zh-Hans', 'zh-Hant']).lang).toBe('zh-Hant');
  });

  it('takes kana for Japanese and kanji-only Japanese by its own character forms', () => {
    expect(identify('京都市は宿泊税を引き上げる。', ['ja', 'zh-Hans']).lang).toBe('ja');
    expect(identify('京都市将提高住宿税。', ['ja', 'zh-Hans']).lang).toBe('zh-Hans');
    expect(identify('1泊2万円未満：200円', ['ja', 'zh-Hans']).lang).toBe('ja');
  });

  it('settles Korean, Arabic and Hebrew by script', () => {
    expect(identify('바이든 대통령은 러시아에 긴장 완화를 촉구했다.').lang).toBe('ko');
    expect(identify('أغلقت السلطات المدارس في ثلاث محافظات').lang).toBe('ar');
    expect(identify('קבוצת הנשים של באר שבע זכתה בגביע').lang).toBe('he');
  });

  it('returns `und` with no confidence for text without letters', () => {
    expect(identify('12:30 — 2026').lang).toBe('und');
  });
});
