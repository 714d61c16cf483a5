/**
 * The languages Diglot reads: every language with a Wikipedia of 100,000 articles or more that a model can tell apart
 * (Chechen, Bashkir and the Arabic-script South Azerbaijani have no model here), plus the languages of bilingual
 * regions (Welsh, Irish, Scottish Gaelic, Basque, Catalan, Galician, Breton, Frisian, Luxembourgish, Maltese, Faroese,
 * Northern Sámi). One table serves the identifier, the pre-check, the popup's "Correct the languages" list and the
 * tests, so the set a user can choose is the set the parser knows.
 *
 * A language whose script is its own (Korean, Greek, Thai, Georgian, Tamil...) is settled by its letters. The others
 * share a script and are told apart by function words (`stopword-data.ts`) and franc's trigram model (`iso3` is
 * franc's code for the language).
 */
import type { LangTag } from '../contract';
import type { Script } from './script';

export interface LanguageInfo {
  tag: LangTag;
  script: Script;
  /** franc's ISO 639-3 code, for languages that share their script with others. */
  iso3?: string;
}

const L = (tag: LangTag, iso3: string): LanguageInfo => ({ tag, script: 'Latin', iso3 });
const C = (tag: LangTag, iso3: string): LanguageInfo => ({ tag, script: 'Cyrillic', iso3 });
const own = (tag: LangTag, script: Script): LanguageInfo => ({ tag, script });

export const LANGUAGES: readonly LanguageInfo[] = [
  // Latin script
  L('en', 'eng'),
  L('de', 'deu'),
  L('fr', 'fra'),
  L('es', 'spa'),
  L('pt', 'por'),
  L('it', 'ita'),
  L('nl', 'nld'),
  L('sv', 'swe'),
  L('pl', 'pol'),
  L('vi', 'vie'),
  L('ca', 'cat'),
  L('id', 'ind'),
  L('ms', 'zlm'),
  L('nb', 'nob'),
  L('nn', 'nno'),
  L('da', 'dan'),
  L('fi', 'fin'),
  L('tr', 'tur'),
  L('hu', 'hun'),
  L('cs', 'ces'),
  L('sk', 'slk'),
  L('ro', 'ron'),
  L('eu', 'eus'),
  L('eo', 'epo'),
  L('cy', 'cym'),
  L('uz', 'uzn'),
  L('et', 'ekk'),
  L('hr', 'hrv'),
  L('bs', 'bos'),
  L('sr-Latn', 'srp'),
  L('sl', 'slv'),
  L('lt', 'lit'),
  L('lv', 'lvs'),
  L('gl', 'glg'),
  L('az', 'azj'),
  L('la', 'lat'),
  L('ast', 'ast'),
  L('af', 'afr'),
  L('mg', 'plt'),
  L('sq', 'als'),
  L('oc', 'oci'),
  L('br', 'bre'),
  L('sw', 'swh'),
  L('lb', 'ltz'),
  L('jv', 'jav'),
  L('ceb', 'ceb'),
  L('war', 'war'),
  L('min', 'min'),
  L('tl', 'tgl'),
  L('ga', 'gle'),
  L('gd', 'gla'),
  L('fy', 'fry'),
  L('mt', 'mlt'),
  L('fo', 'fao'),
  L('se', 'sme'),
  L('is', 'isl'),
  L('ha', 'hau'),
  L('so', 'som'),
  L('ht', 'hat'),
  // Cyrillic
  C('ru', 'rus'),
  C('uk', 'ukr'),
  C('bg', 'bul'),
  C('be', 'bel'),
  C('sr', 'srp'),
  C('mk', 'mkd'),
  C('kk', 'kaz'),
  C('tt', 'tat'),
  C('ky', 'kir'),
  C('tg', 'tgk'),
  C('mn', 'khk'),
  // Arabic script
  { tag: 'ar', script: 'Arabic', iso3: 'arb' },
  { tag: 'fa', script: 'Arabic', iso3: 'pes' },
  { tag: 'ur', script: 'Arabic', iso3: 'urd' },
  { tag: 'ps', script: 'Arabic', iso3: 'pbu' },
  // Hebrew script
  { tag: 'he', script: 'Hebrew', iso3: 'heb' },
  { tag: 'yi', script: 'Hebrew', iso3: 'ydd' },
  // Devanagari
  { tag: 'hi', script: 'Devanagari', iso3: 'hin' },
  { tag: 'mr', script: 'Devanagari', iso3: 'mar' },
  { tag: 'ne', script: 'Devanagari', iso3: 'npi' },
  // Ethiopic
  { tag: 'am', script: 'Ethiopic', iso3: 'amh' },
  { tag: 'ti', script: 'Ethiopic', iso3: 'tir' },
  // Scripts of their own
  own('el', 'Greek'),
  own('hy', 'Armenian'),
  own('ka', 'Georgian'),
  own('bn', 'Bengali'),
  own('pa', 'Gurmukhi'),
  own('gu', 'Gujarati'),
  own('or', 'Oriya'),
  own('ta', 'Tamil'),
  own('te', 'Telugu'),
  own('kn', 'Kannada'),
  own('ml', 'Malayalam'),
  own('si', 'Sinhala'),
  own('th', 'Thai'),
  own('lo', 'Lao'),
  own('km', 'Khmer'),
  own('my', 'Myanmar'),
  own('bo', 'Tibetan'),
  own('ko', 'Hangul'),
  own('ja', 'Kana'),
  own('zh-Hans', 'Han'),
  own('zh-Hant', 'Han'),
];

const BY_TAG = new Map(LANGUAGES.map((l) => [l.tag, l]));

/** Every tag Diglot reads. */
export const LANGUAGE_TAGS: readonly LangTag[] = LANGUAGES.map((l) => l.tag);

/** The table entry for a tag Diglot reads (exact tag: normalise first). */
export function languageInfo(tag: LangTag): LanguageInfo | undefined {
  return BY_TAG.get(tag);
}

const IN_SCRIPT = new Map<Script, LangTag[]>();
for (const l of LANGUAGES) IN_SCRIPT.set(l.script, [...(IN_SCRIPT.get(l.script) ?? []), l.tag]);

/** The languages Diglot reads in `script` (for Han: both Chinese forms; Japanese is under Kana). */
export function languagesInScript(script: Script): readonly LangTag[] {
  return IN_SCRIPT.get(script) ?? [];
}

/** The one language a script implies, when only one language Diglot reads is written in it. */
export function soleLanguageOf(script: Script): LangTag | null {
  const list = IN_SCRIPT.get(script);
  return list && list.length === 1 ? list[0]! : null;
}

/**
 * franc's code to Diglot's tag, per script: `srp` is Serbian in Cyrillic and `sr-Latn` in Latin letters.
 */
const FROM_ISO3 = new Map<string, LangTag>();
for (const l of LANGUAGES) if (l.iso3) FROM_ISO3.set(`${l.script}:${l.iso3}`, l.tag);

export function tagOfIso3(iso3: string, script: Script): LangTag | undefined {
  return FROM_ISO3.get(`${script}:${iso3}`);
}

/**
 * Languages so close that a page in one is often read as the other on short text: a page is not bilingual in two of
 * them on the model's word alone (see sections.ts).
 */
export const CLOSE_LANGUAGES: ReadonlyArray<readonly LangTag[]> = [
  ['hr', 'bs', 'sr-Latn'],
  ['id', 'ms'],
  ['nb', 'nn', 'da'],
  ['ceb', 'war', 'tl'],
  ['jv', 'min'],
];

/** Whether two tags are in one of the `CLOSE_LANGUAGES` groups. */
export function areClose(a: LangTag, b: LangTag): boolean {
  return CLOSE_LANGUAGES.some((g) => g.includes(a) && g.includes(b));
}
