import { describe, expect, it } from 'vitest';
import { data as francData } from 'franc-all/data.js';
import { join } from 'node:path';
import { CHOOSABLE_LANGUAGES } from '../../../components/popup/LanguageCorrection';
import { identify, scriptOfLanguage } from '../../../utils/lang/identify';
import { LANGUAGES, LANGUAGE_TAGS, areClose, tagOfIso3 } from '../../../utils/lang/languages';
import { quickLanguage } from '../../../utils/lang/quick';
import { SHARED_BEYOND_CORE, STOPWORDS_CORE } from '../../../utils/lang/stopword-core';
import { STOPWORDS_MORE } from '../../../utils/lang/stopword-more';
import { coreStopwords } from '../../../utils/lang/stopwords';
import { fullStopwords } from '../../../utils/lang/stopwords-full';
import { loadSamples } from '../../../scripts/eval-lid';

const samples = loadSamples(join(import.meta.dirname, '../../fixtures/lid'));

describe('the languages Diglot reads', () => {
  it('is one table for the parser and the popup', () => {
    expect(CHOOSABLE_LANGUAGES).toEqual(LANGUAGE_TAGS);
    expect(new Set(LANGUAGE_TAGS).size).toBe(LANGUAGE_TAGS.length);
    for (const l of LANGUAGES) expect(scriptOfLanguage(l.tag), l.tag).toBe(l.script);
  });

  it('has a franc profile in the right script for every language that shares its script', () => {
    const scriptsOf = new Map<string, string[]>();
    for (const [script, langs] of Object.entries(francData as Record<string, Record<string, string>>))
      for (const code of Object.keys(langs)) scriptsOf.set(code, [...(scriptsOf.get(code) ?? []), script]);
    for (const l of LANGUAGES) {
      if (!l.iso3) continue;
      expect(scriptsOf.get(l.iso3) ?? [], `${l.tag} (${l.iso3})`).toContain(l.script);
      expect(tagOfIso3(l.iso3, l.script)).toBe(l.tag);
    }
  });

  it('has function words for every Latin- and Cyrillic-script language, and only for those', () => {
    const worded = LANGUAGES.filter((l) => l.script === 'Latin' || l.script === 'Cyrillic').map((l) => l.tag);
    // The pre-check's lists leave out the languages that share nearly all their commonest words with a neighbour.
    const core = Object.keys(STOPWORDS_CORE);
    expect(core.length).toBeGreaterThan(worded.length - 15);
    for (const tag of core) expect(worded, tag).toContain(tag);
    expect(Object.keys(STOPWORDS_MORE).sort()).toEqual([...worded].sort());
    for (const tag of worded) expect(fullStopwords().has(tag), tag).toBe(true);
  });

  it('lists exactly the core words that another language also uses, so the census never owns them', () => {
    // Among the pre-check's languages, with their full lists.
    const users = new Map<string, Set<string>>();
    for (const lang of Object.keys(STOPWORDS_CORE))
      for (const w of `${STOPWORDS_CORE[lang]} ${STOPWORDS_MORE[lang] ?? ''}`.split(' ').filter(Boolean))
        users.set(w, (users.get(w) ?? new Set()).add(lang));
    const expected = new Set<string>();
    for (const words of Object.values(STOPWORDS_CORE))
      for (const w of words.split(' ').filter(Boolean)) {
        const inCore = Object.values(STOPWORDS_CORE).filter((c) => c.split(' ').includes(w)).length;
        if (users.get(w)!.size > 1 && inCore === 1) expected.add(w);
      }
    expect(SHARED_BEYOND_CORE.split(' ').sort()).toEqual([...expected].sort());
    // German `hat` is Frisian's among the commonest, German's further down: it owns no German page for Frisian.
    expect(coreStopwords().scan('Er hat das Haus gekauft und hat es verkauft', 120, true).scores.get('fy')).toBe(
      undefined,
    );
  });

  it('merges only languages a model cannot tell apart', () => {
    expect(areClose('hr', 'bs')).toBe(true);
    expect(areClose('id', 'ms')).toBe(true);
    expect(areClose('ca', 'es')).toBe(false);
    expect(areClose('cs', 'sk')).toBe(false);
  });

  it('settles the scripts of one language by their letters, without a model', () => {
    const lines: Array<[string, string]> = [
      ['ka', 'თბილისში ახალი ხიდი გაიხსნა'],
      ['hy', 'Երևանում նոր կամուրջ բացվեց'],
      ['ta', 'சென்னையில் புதிய பாலம் திறக்கப்பட்டது'],
      ['kn', 'ಬೆಂಗಳೂರಿನಲ್ಲಿ ಹೊಸ ಸೇತುವೆ ತೆರೆಯಲಾಯಿತು'],
      ['ml', 'കൊച്ചിയിൽ പുതിയ പാലം തുറന്നു'],
      ['th', 'สะพานใหม่เปิดในกรุงเทพฯ'],
      ['el', 'Νέα γέφυρα άνοιξε στην Αθήνα'],
    ];
    for (const [lang, text] of lines) {
      expect(identify(text).lang, text).toBe(lang);
      expect(quickLanguage(text, identify(text).script!, coreStopwords()), text).toBe(lang);
    }
  });

  it('tells Arabic, Persian and Urdu apart by the letters each writes', () => {
    expect(quickLanguage('ذهب الطلاب إلى المكتبة الجديدة في المدينة', 'Arabic', coreStopwords())).toBe('ar');
    expect(quickLanguage('دانشجویان به کتابخانه جدید شهر رفتند', 'Arabic', coreStopwords())).toBe('fa');
    expect(quickLanguage('طلبہ شہر کی نئی لائبریری گئے', 'Arabic', coreStopwords())).toBe('ur');
  });

  it.skipIf(samples.length === 0)('identifies the sample lines as well as the evaluation reported', () => {
    // scripts/eval-lid.ts prints the full table; these floors are a little under what it measured (open set
    // 0.77 / 0.95 / 0.97 on short / medium / long lines, 0.99 on short lines against English).
    const rate = (pred: (s: (typeof samples)[number]) => boolean, list: typeof samples): number =>
      list.filter(pred).length / list.length;
    const known = samples.filter((s) => LANGUAGE_TAGS.includes(s.lang));
    const long = known.filter((s) => s.bucket === 'long');
    const short = known.filter((s) => s.bucket === 'short' && s.lang !== 'en');
    expect(rate((s) => identify(s.text).lang === s.lang, long)).toBeGreaterThanOrEqual(0.95);
    expect(rate((s) => identify(s.text, [s.lang, 'en']).lang === s.lang, short)).toBeGreaterThanOrEqual(0.97);
  });
});
