/**
 * Language identification on short text: `identify()` over the sample lines of `test/fixtures/lid/<tag>.txt`
 * (sentences written for Diglot, 8 short, 8 medium and 8 long per language).
 *
 * Two questions, as the parser asks them:
 * - **open**: which language is this, among every language Diglot reads (the page's first pass over its long text);
 * - **within the pair**: which of the page's two languages is this block in, against English and against the
 *   language's closest neighbour (Catalan/Spanish, Czech/Slovak, Welsh/Irish...), where short blocks are the risk.
 *
 * `npx tsx scripts/eval-lid.ts` prints per-language tables; `lidReport()` returns them for `npm run eval`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { identify } from '../utils/lang/identify';
import { LANGUAGE_TAGS } from '../utils/lang/languages';

export interface LidSample {
  lang: string;
  text: string;
  bucket: 'short' | 'medium' | 'long';
}

/** The closest neighbour of each language, for the within-pair test (a language with none is tested against English). */
const NEIGHBOUR: Record<string, string> = {
  ca: 'es',
  gl: 'es',
  ast: 'es',
  oc: 'ca',
  eu: 'es',
  pt: 'es',
  es: 'pt',
  it: 'es',
  fr: 'it',
  ro: 'it',
  cs: 'sk',
  sk: 'cs',
  pl: 'cs',
  hr: 'sl',
  sl: 'hr',
  bs: 'sl',
  'sr-Latn': 'sl',
  nb: 'sv',
  nn: 'nb',
  da: 'sv',
  sv: 'da',
  fo: 'is',
  is: 'fo',
  nl: 'de',
  af: 'nl',
  fy: 'nl',
  lb: 'de',
  de: 'nl',
  cy: 'ga',
  ga: 'gd',
  gd: 'ga',
  br: 'fr',
  id: 'tl',
  ms: 'jv',
  jv: 'su',
  su: 'jv',
  min: 'id',
  ceb: 'tl',
  war: 'ceb',
  tl: 'ceb',
  fi: 'et',
  et: 'fi',
  se: 'fi',
  lv: 'lt',
  lt: 'lv',
  tr: 'az',
  az: 'tr',
  uz: 'tr',
  ru: 'uk',
  uk: 'ru',
  be: 'ru',
  bg: 'mk',
  mk: 'bg',
  sr: 'mk',
  kk: 'ky',
  ky: 'kk',
  tt: 'kk',
  tg: 'ru',
  mn: 'ru',
  ar: 'fa',
  fa: 'ar',
  ur: 'fa',
  ps: 'fa',
  he: 'yi',
  yi: 'he',
  hi: 'mr',
  mr: 'hi',
  ne: 'hi',
  am: 'ti',
  'zh-Hans': 'zh-Hant',
  'zh-Hant': 'zh-Hans',
  ja: 'zh-Hans',
  ko: 'ja',
};

export function loadSamples(dir: string): LidSample[] {
  if (!existsSync(dir)) return [];
  const out: LidSample[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.txt')) continue;
    const lang = f.slice(0, -4);
    const lines = readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const text of lines) {
      const n = [...text].length;
      out.push({ lang, text, bucket: n <= 45 ? 'short' : n <= 130 ? 'medium' : 'long' });
    }
  }
  return out;
}

interface Tally {
  right: number;
  total: number;
}

const pct = (t: Tally | undefined): string => (t && t.total ? (t.right / t.total).toFixed(2) : '–');

export function lidReport(dir: string): string {
  const samples = loadSamples(dir);
  if (samples.length === 0) return '### Language identification\n\nskipped: no samples in test/fixtures/lid/\n';
  const known = new Set(LANGUAGE_TAGS);
  const open = new Map<string, Tally>();
  const pair = new Map<string, Tally>();
  const english = new Map<string, Tally>();
  const confusions = new Map<string, Map<string, number>>();
  const add = (m: Map<string, Tally>, key: string, ok: boolean): void => {
    const t = m.get(key) ?? { right: 0, total: 0 };
    t.total++;
    if (ok) t.right++;
    m.set(key, t);
  };
  for (const s of samples) {
    if (!known.has(s.lang)) continue;
    const got = identify(s.text).lang;
    add(open, `${s.lang}:${s.bucket}`, got === s.lang);
    add(open, `all:${s.bucket}`, got === s.lang);
    if (got !== s.lang) {
      const c = confusions.get(s.lang) ?? new Map<string, number>();
      c.set(got, (c.get(got) ?? 0) + 1);
      confusions.set(s.lang, c);
    }
    const other = NEIGHBOUR[s.lang];
    if (other) {
      const ok = identify(s.text, [s.lang, other]).lang === s.lang;
      add(pair, `${s.lang}:${s.bucket}`, ok);
      add(pair, `all:${s.bucket}`, ok);
    }
    if (s.lang !== 'en') {
      const ok = identify(s.text, [s.lang, 'en']).lang === s.lang;
      add(english, `${s.lang}:${s.bucket}`, ok);
      add(english, `all:${s.bucket}`, ok);
    }
  }
  const langs = [...new Set(samples.map((s) => s.lang))].filter((l) => known.has(l)).sort();
  const lines = [
    '### Language identification on short text (test/fixtures/lid/)',
    '',
    '| language | open: short | medium | long | vs neighbour | short | medium | long | vs English: short | medium | long | open errors |',
    '|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const l of [...langs, 'all']) {
    const errs = [...(confusions.get(l) ?? new Map<string, number>()).entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k}×${n}`)
      .join(' ');
    lines.push(
      `| ${l === 'all' ? '**all**' : l} | ${pct(open.get(`${l}:short`))} | ${pct(open.get(`${l}:medium`))} | ${pct(open.get(`${l}:long`))} | ${NEIGHBOUR[l] ?? (l === 'all' ? '' : '–')} | ${pct(pair.get(`${l}:short`))} | ${pct(pair.get(`${l}:medium`))} | ${pct(pair.get(`${l}:long`))} | ${pct(english.get(`${l}:short`))} | ${pct(english.get(`${l}:medium`))} | ${pct(english.get(`${l}:long`))} | ${errs} |`,
    );
  }
  const missing = LANGUAGE_TAGS.filter((l) => !langs.includes(l));
  if (missing.length) lines.push('', `No samples yet for: ${missing.join(' ')}`);
  return lines.join('\n') + '\n';
}

if (process.argv[1] && /eval-lid\.ts$/.test(process.argv[1])) {
  console.log(lidReport(join(import.meta.dirname, '../test/fixtures/lid')));
}
