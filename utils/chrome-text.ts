/**
 * Site chrome recognised by its text, in any language: bylines, dates, counts, breadcrumbs, "related" headings and
 * "read also" lines, share bars, newsletter and paywall prompts, cookie banners, copyright boilerplate, ad labels,
 * edition switchers.
 *
 * Class names are not enough. Real CMS pages print the byline list (`기자명 Janne Pak · 승인 2021.12.31 17:33 · 댓글 0`),
 * the breadcrumb, "이 기자의 다른 기사" and "관련기사" inside the article container, often in plain `<li>`/`<p>` with
 * generated class names; Readability keeps them, and a bilingual parse then pairs them with each other. What they share
 * across sites is their wording: short lines made of a label, a date, a number or a name.
 *
 * Every rule here is about SHORT text (a whole block of at most a few hundred characters), and about the block as a
 * whole: a sentence that mentions a date, a subscription or a cookie is article text. Table cells are never judged by
 * the date/byline rules (data tables are dates and numbers).
 */

export type ChromeKind =
  | 'meta' // date, time, view or comment count, reading time, or a line of them (with a byline in it or not)
  | 'byline' // a name under its label only (`By Kenji Ota`, `박재인 기자`)
  | 'breadcrumb'
  | 'related' // "Related articles", "More by this reporter", "Read also: …"
  | 'share'
  | 'subscribe' // newsletter and sign-up prompts
  | 'paywall'
  | 'cookie'
  | 'copyright' // reproduction-prohibited boilerplate (a bare "© 2026 The Paper" stays: it is the article's note)
  | 'ad'
  | 'switcher' // "English version", "查看中文版"
  | 'tags'
  | 'comments' // a comment section's heading, notice, and reply buttons
  | 'pagination' // previous / next / back to the list
  | 'form' // a comment or sign-up form's labels and buttons
  | 'footer' // about, contact, terms, privacy, site map
  | 'notice'; // "best viewed with", "enable JavaScript"

export interface ChromeTextOptions {
  /** Block kind: table cells and captions never count as date or byline lines. */
  kind?: string;
}

const MAX_CHROME = 600;

// --- meta lines: bylines, dates, times, counts, reading time --------------------------------------------------------

const MONTHS = [
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?',
  'nov(?:ember)?|dec(?:ember)?|janv(?:ier)?|févr(?:ier)?|fevr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août',
  'aout|sept(?:embre)?|octobre|novembre|décembre|decembre|januar|februar|märz|maerz|juni|juli|oktober|dezember',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro',
  'fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno',
  'luglio|settembre|ottobre|dicembre|januari|februari|maart|augustus|mei|okt|gener|febrer|març|maig|juny|juliol',
  'setembre|octubre|desembre|ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık',
  'tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta',
  'marraskuuta|joulukuuta|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października',
  'listopada|grudnia|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince',
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня',
  'квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня',
].join('|');
const WEEKDAYS = [
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo',
  'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag',
  'mandag|tirsdag|onsdag|torsdag|lørdag|søndag|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai',
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge',
  'pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela',
].join('|');
/** Yesterday and today, as comment and teaser timestamps print them. */
const DAY_WORDS =
  'yesterday|today|hier|aujourd’hui|gestern|heute|ayer|hoy|ontem|hoje|ieri|oggi|ahir|avui|dün|bugün|igår|idag|i går|i dag|eilen|tänään|gisteren|vandaag|wczoraj|dzisiaj|včera|dnes|вчера|сегодня|учора|сьогодні';

/** Where a label may start and end: labels are whole words, also in scripts written without spaces. */
const BEFORE = '(?<=^|[\\s|·•,(（[【])';
const AFTER = '(?=$|[\\s|·•,:：/／)）\\]】\\d])';

/** Byline labels of Latin and Cyrillic script: `By`, `Par`, `Von`, `Door`, `Av`, `Muhabir`. */
const BYLINE_LATIN =
  'written by|words by|reporting by|photos? by|text by|edited by|by|par|von|por|door|av|af|przez|oleh|muhabir|yazan|staff writer|staff reporter|senior writer|special correspondent|correspondent|reporter|columnist|contributor|journaliste|rédaction|envoyée? spéciale?|correspondante?|redakteurin|redakteur|korrespondentin|korrespondent|redacción|redação|corresponsal|redactie|toimittaja|автор';
/** Byline labels of scripts written without spaces, which may follow the name (`박재인 기자`). */
const BYLINE_CJK =
  '기자명|객원기자|선임기자|수습기자|기자|특파원|논설위원|에디터|작성자|글쓴이|本报记者|本報記者|特约记者|特約記者|记者|記者|作者|撰文|摄影|攝影|责任编辑|責任編輯|编辑|編輯|编者|筆者|執筆|編集部|(?:文|图|圖|글|사진)(?=\\s*[/／:：])';
/** Date and source labels: `Published`, `Mis à jour`, `Publicerad`, `입력`, `发布时间`, `来源`. */
const DATE_LABELS =
  'editor|last updated|published|updated|posted|modified|created|date|publié|mis à jour|modifié|veröffentlicht|aktualisiert|stand|publicado|actualizado|atualizado|pubblicato|aggiornato|publicat|actualitzat|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publisert|oppdatert|udgivet|opdateret|julkaistu|päivitetty|opublikowano|zaktualizowano|publikováno|aktualizováno|yayınlanma|güncelleme|güncellendi|diterbitkan|diperbarui|cập nhật|опубликовано|обновлено|입력|승인|수정|등록|기사입력|최종수정|업데이트|발행|게재|송고|发布时间|发布于|发布|發布時間|發佈|发表于|發表於|更新时间|更新時間|更新日|更新|来源|來源|出处|公開日|公開|配信日?|投稿日|掲載日?';

// `date` and `hit` pieces all hold a digit, so a line without one skips them (most short lines of a page: headings,
// captions, menu items); `word-hit`s need none (`an hour ago`, `yesterday`).
type Role = 'date' | 'hit' | 'word-hit' | 'label' | 'silent';

/**
 * Pieces of a meta line, removed in order: dates (kept apart to tell a date range from a dateline), other hits (times,
 * counts, reading times), labels (which need a name beside them), and filler. What is left must be a name at most.
 */
const META_PIECES: ReadonlyArray<readonly [RegExp, Role]> = [
  // numeric dates: 2021-12-31, 2021.12.31., 2021/12/31, 31.12.2021, 12-30-2021, 2021年12月31日, 2021년 12월 31일
  [/\d{4}\s*[-./年년]\s*\d{1,2}\s*[-./月월]\s*\d{1,2}\s*[日일]?\.?/g, 'date'],
  [/\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b/g, 'date'],
  [/\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]/g, 'date'],
  [/\d{4}\s*[年년]\s*\d{1,2}\s*[月월]/g, 'date'],
  // dates with month names: March 3, 2026 · 3 mars 2026 · 3. März 2026 · 3 de marzo de 2026 · 3 марта 2026
  [
    new RegExp(`(?<![\\p{L}])(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?(?![\\p{L}\\d])`, 'giu'),
    'date',
  ],
  [
    new RegExp(
      `(?<![\\p{L}\\d])\\d{1,2}(?:er|\\.|º)?\\s+(?:de\\s+|d['’])?(?:${MONTHS})(?![\\p{L}])\\.?(?:\\s+(?:de\\s+)?\\d{4})?`,
      'giu',
    ),
    'date',
  ],
  [new RegExp(`(?<![\\p{L}])(?:${MONTHS})\\.?\\s+\\d{4}\\b`, 'giu'), 'date'],
  // times: 17:33, 06.30 Uhr, kl. 06.00, 5:30 p.m. ET, 오후 5:33, 下午3点, 10時30分
  [
    /(?<![\d.])\d{1,2}[:.h]\d{2}(?::\d{2})?(?![\d.]\d)(?:\s*(?:[ap]\.?m\.?|uhr|h)(?![\p{L}]))?(?:\s*(?:[A-Z]{2,4}T|UTC|GMT|ET|PT|CT|MEZ|MESZ|KST|JST|CST)\b)?/giu,
    'hit',
  ],
  [/\d{1,2}\s*[時时点點시]\s*(?:\d{1,2}\s*[分분])?/g, 'hit'],
  // relative times: 3 hours ago, 2 saat önce, fa 2 hores, för 3 timmar sedan, 2시간 전, 3小时前, 3時間前
  [
    /(?<![\p{L}])(?:\d+|an?|one)\s+\p{L}+\s+(?:ago|önce|sitten|sedan|geleden|temu|fa|trước|lalu|yang lalu|назад|тому)(?![\p{L}])/giu,
    'word-hit',
  ],
  [/(?<![\p{L}])(?:il y a|vor|hace|há|fa|för|před|pred|há)\s+\d+\s+\p{L}+/giu, 'hit'],
  [/\d+\s*(?:초|분|시간|일|주|개월)\s*전/g, 'hit'],
  [/\d+\s*(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週間?|个月|か月)\s*前/g, 'hit'],
  [new RegExp(`(?<![\\p{L}])(?:${DAY_WORDS})(?![\\p{L}])`, 'giu'), 'word-hit'],
  // counts: 조회수 1,284 · 댓글 0 · 阅读 1.2万 · Comments (3) · 3 comments · 3 Yorum
  [
    /(?<![\p{L}])(?:views?|reads?|comments?|replies|likes|shares|hits|조회수?|댓글|추천|공감|좋아요|阅读量?|閱讀|浏览|瀏覽|评论|評論|回复|點讚|点赞|閲覧数?|コメント|いいね|vues|lectures|commentaires?|réactions|aufrufe|kommentare?|leser|visitas|lecturas|comentarios?|comentaris?|comentários?|visualizações|visualizzazioni|commenti|reacties|kommentarer|kommentit|komentarze|komentáře|yorum(?:lar)?|okunma|просмотр\p{L}*|комментари\p{L}*)\s*[:：]?\s*[([（]?\s*\d[\d,.]*\s*[kK万萬]?\s*[)\]）]?\s*(?:건|회|번|次|件|人)?/giu,
    'hit',
  ],
  [
    /\d[\d,.]*\s*[kK万萬]?\s*(?:views?|reads?|comments?|replies|likes|shares|vues|commentaires?|kommentare?|visitas|comentarios?|comentaris?|commenti|reacties|kommentarer|kommentit|yorum(?:lar)?|просмотр\p{L}*|комментари\p{L}*|次阅读|次閱讀|条评论|條評論|件のコメント)(?![\p{L}])/giu,
    'hit',
  ],
  // reading time and durations: Lesezeit: 4 Min. · 5 min read · 3 min. leestijd · 읽는 시간 3분 · 阅读时间 3 分钟
  [
    /(?:lesezeit|temps de lecture|reading time|read time|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|lästid|lukuaika|okuma süresi|czas czytania|읽는\s*시간|阅读时间|閱讀時間|読了時間|время чтения)\s*[:：]?\s*(?:ca\.\s*)?\d+\s*(?:min(?:ute)?s?\.?|minuten|dk|분|分钟|分鐘|分|мин\.?)?/giu,
    'hit',
  ],
  [/(?<![\p{L}\d])\d+\s*(?:-\s*)?(?:min(?:ute)?s?|dk)\.?(?![\p{L}])/giu, 'hit'],
  // labels
  [new RegExp(`${BEFORE}(?:${BYLINE_LATIN})${AFTER}`, 'giu'), 'label'],
  [new RegExp(`${BEFORE}(?:${BYLINE_CJK})${AFTER}`, 'gu'), 'label'],
  [new RegExp(`${BEFORE}(?:${DATE_LABELS})${AFTER}`, 'giu'), 'label'],
  // connectors, weekdays and separators: removed without counting
  [
    new RegExp(
      `${BEFORE}(?:at|on|and|from|le|à|et|am|um|und|el|y|a las|às|alle|di|del|de|kl|klo|saat|o|의|${WEEKDAYS}|[월화수목금토일]요일|星期[一二三四五六日天]|周[一二三四五六日]|[月火水木金土日]曜日?|[(（][月火水木金土日][)）])${AFTER}\\.?`,
      'giu',
    ),
    'silent',
  ],
  // Hyphens and full stops only between words: `Min-ji`, `U.S.` stay one word.
  [/[\s|·•,:：;/／()（）[\]【】<>〈〉«»"“”‘’*]+|(?<![\p{L}\p{N}])[-–—.']+|[-–—.']+(?![\p{L}\p{N}])/gu, 'silent'],
];

/** Letters or digits, to see what a meta line leaves behind. */
const WORDLIKE = /[\p{L}\p{N}]+(?:[-'’._][\p{L}\p{N}]+)*/gu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const CJK = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
const CAPITALISED = /^[\p{Lu}\p{Lt}]/u;
/** Scripts without capital letters: a name cannot be told by its first letter, only by its length. */
const UNCASED =
  /^[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Georgian}\p{M}]+$/u;
const PARTICLE = /^(?:de|da|di|do|dos|das|du|van|von|der|den|la|le|bin|al|el|y|e|ibn|zu)$/i;
const EDITOR_LABEL = /责任编辑|責任編輯|编辑|編輯|编者|編集部|에디터|(?<![\p{L}])editor(?![\p{L}])/iu;
const LABEL_FIRST = new RegExp(`^[\\s(（[【·•|]*(?:${BYLINE_LATIN}|${DATE_LABELS})${AFTER}`, 'iu');
const CJK_LABEL = new RegExp(`(?:${BYLINE_CJK})`, 'u');
const WHOLLY_BRACKETED = /^[(（[][^)）\]]*[)）\]]$/u;
/** `Ouverture : 1er septembre`, `开放时间：每日8:00`: a fact box's own label before a colon (not between digits). */
const FACT_LABEL = /^([^:：\d]{1,24})[:：]/u;
const DATE_MARK = '\u0001';
const DATE_RANGE = new RegExp(
  `${DATE_MARK}\\s*(?:[-–—~〜]|至|到|to|until|till|bis|au|al|à|a|до|–|\\.\\.)\\s*${DATE_MARK}`,
  'iu',
);

/** Up to four words that could be a person's, agency's or place's name; with `loose`, two words may be anything. */
function nameLike(words: string[], loose: boolean): boolean {
  if (words.length === 0) return true;
  if (words.length > (loose ? 5 : 4)) return false;
  let cjk = 0;
  let other = 0;
  for (const w of words) {
    if (CJK.test(w)) {
      if (w.length > 5) return false;
      cjk += w.length;
    } else if (!CAPITALISED.test(w) && !PARTICLE.test(w) && !(UNCASED.test(w) && w.length <= 14)) {
      if (!loose || w.length > 12 || ++other > 2) return false;
    }
  }
  return cjk <= 8 && words.join(' ').length <= 48;
}

/**
 * A byline, date, count or reading-time line, or a line of several (`Min-ji Seo 입력 2026.07.15 09:00 조회수 1,284`,
 * `Door Pieter Claes · maandag 9/3/2026 · 3 min. leestijd`): once those pieces are taken out, at most a name is left.
 *
 * Not meta lines, though they look alike: a line with an e-mail address (the reporter's contact note), a line wholly in
 * brackets (`(Janne Pak, White House Correspondent)`, an author note), a fact-box line with its own label
 * (`Ouverture : 1er septembre`, `开放时间：每日8:00–24:00`), a date range (`28 августа — 6 сентября`), and a credit that
 * does not start with its label (`Additional reporting by Tom Harding.`): all printed as part of the article.
 */
export function isMetaLine(text: string): boolean {
  return metaLine(text) !== null;
}

/**
 * `meta` for a line with a date, time or count (`승인 2021.12.31 17:33`, `Door Pieter Claes · maandag 9/3/2026`),
 * `byline` for a name under its label only (`By Kenji Ota`, `박지훈 기자 (서울 특파원)`), null for anything else. A byline
 * after the article is its author's note; above it, it is the site's byline.
 */
export function metaLine(text: string): 'meta' | 'byline' | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 160) return null;
  if (EMAIL.test(t) || WHOLLY_BRACKETED.test(t)) return null;
  let rest = ` ${t} `;
  let dates = 0;
  let hits = 0;
  let labels = 0;
  let ranged = false;
  const digits = /\d/.test(t);
  for (const [re, role] of META_PIECES) {
    if (!digits && (role === 'date' || role === 'hit')) continue;
    // Filler is all that is left to remove: with no date, count or label found, the line is not meta whatever it is.
    if (role === 'silent' && dates + hits + labels === 0) return null;
    // Dates come first: once they are marked, a range between two of them is still visible.
    if (role !== 'date' && dates >= 2 && !ranged && DATE_RANGE.test(rest)) return null;
    ranged ||= role !== 'date';
    rest = rest.replace(re, () => {
      if (role === 'date') {
        dates++;
        return ` ${DATE_MARK} `;
      }
      if (role === 'hit' || role === 'word-hit') hits++;
      else if (role === 'label') labels++;
      return ' ';
    });
  }
  const words: string[] = rest.split(DATE_MARK).join(' ').match(WORDLIKE) ?? [];
  // A label of its own before the colon, one the pieces above did not take: a fact box.
  const factLabel = FACT_LABEL.exec(t)?.[1]?.match(WORDLIKE)?.[0];
  if (factLabel && words.includes(factLabel) && dates + hits <= 2) return null;
  // A date, time or count, with at most a name beside it: `Seoul, July 15`, `입력 2021.12.31 17:33`, a user name
  // (`jordi_tgn fa 5 hores`); with two or more, a word or two of a language without labels here may be left
  // (`maandag`, `leestijd`).
  if (dates + hits > 0) return nameLike(words, dates + hits >= 2 || words.length <= 1) ? 'meta' : null;
  // A label needs the name it introduces, and comes first (`By Kenji Ota`, `来源：新华社`) or, in Korean, Chinese and
  // Japanese, after the name (`박재인 기자`); alone it is a heading.
  if (labels === 0 || words.length === 0 || !nameLike(words, false)) return null;
  if (!LABEL_FIRST.test(t) && !CJK_LABEL.test(t)) return null;
  // The desk's editor is the site's credit, wherever it is printed; the reporter's name may be the article's note.
  return EDITOR_LABEL.test(t) ? 'meta' : 'byline';
}

/** `Yorumlar (3)`, `Kommentarer (3)`: one or two words and a count in brackets, a section heading of comments. */
const COUNT_HEADING = /^[\p{L}][\p{L}\s]{1,24}\s*[(（]\d{1,5}[)）]$/u;

/** Buttons printed as text: reply, report, like, in many languages. */
const ACTION =
  /^(?:post (?:a|your) comment|leave a comment|add (?:a|your) comment|write a comment|laisser un commentaire|kommentar schreiben|dejar un comentario|deixe um comentário|lascia un commento|yorum yaz|댓글\s?(?:쓰기|달기|작성)|发表评论|發表評論|コメントを書く|reply|report|like|flag|antworten|melden|répondre|signaler|responder|denunciar|rispondi|segnala|responder|respon|denuncia|yanıtla|cevapla|şikayet et|svara|anmäl|vastaa|ilmoita|beantwoorden|reageer|odpowiedz|zgłoś|odpovědět|nahlásit|balas|laporkan|trả lời|답글|답글쓰기|신고|回复|回覆|举报|檢舉|返信|通報|ответить|пожаловаться)$/iu;
const COMMENT_WORD =
  /comment|kommentar|comentari|commentaire|commento|yorum|kommentti|reactie|komentarz|komentář|komentar|bình luận|댓글|评论|評論|コメント|коммент/iu;
const MODERATION =
  /moderat|moderen|approv|onaylan|rules|guidelines|normes|normas|norme|regeln|regler|sääntö|regels|zasad|pravidl|insult|hakaret|küfür|beleidig|injur|respect|respeta|rispett|인신공격|욕설|规则|規則|ルール/iu;

// --- breadcrumbs ---------------------------------------------------------------------------------------------------

const HOME =
  /^(?:home|홈|홈으로|首页|首頁|主页|ホーム|トップ|top|accueil|startseite|start|inicio|início|home page|главная|الرئيسية)$/iu;
// `>`, `/` and `|` only between spaces: `<ul>`, `node.js/npm` and `a|b` are code, not a trail.
const CRUMB_SEPARATOR = /\s+(?:>|\/|\|)\s+|\s*(?:›|»|→|＞)\s*/;
const CRUMB_ARROW = /\s>\s|›|»|→|＞/g;

/** `Home > World > Asia`, `홈 > 국제 > 미국`, `首页 / 国际`: short segments between arrows, or a lone "Home". */
function isBreadcrumb(t: string): boolean {
  if (t.length > 140 || t.includes('<')) return false;
  const segments = t.split(CRUMB_SEPARATOR).filter((s) => s.length > 0);
  if (segments.length === 1) return HOME.test(segments[0]!);
  const arrows = (t.match(CRUMB_ARROW) ?? []).length;
  const short = segments.every((s) => s.length <= 28 && s.split(/\s+/).length <= 4);
  if (!short) return false;
  return arrows >= 1 ? segments.length >= 2 : HOME.test(segments[0]!);
}

// --- related, more-by, read-also -----------------------------------------------------------------------------------

const RELATED_HEADS = [
  // en
  'related(?: articles?| stories| news| content| coverage| links| posts| reading| topics)?',
  'more (?:on|about) this(?: story| topic)?',
  'more (?:news|stories|articles)(?: from [\\p{L} .]+)?',
  "more (?:from|by) [\\p{L} .'’-]{2,40}",
  'more from (?:the )?(?:author|reporter|writer)',
  "other (?:articles|stories) by [\\p{L} .'’-]{2,40}",
  "(?:you (?:may|might) also (?:like|enjoy)|recommended(?: for you| articles| stories)?|read (?:more|next|also)|see also|also read|what to read next|up next|don’t miss|don't miss)",
  "(?:most (?:read|popular|viewed|shared|emailed)|popular(?: now| stories)?|trending(?: now| stories| news)?|top stories|editor’s picks|editors' picks|latest(?: news| stories)?)",
  // ko
  '관련\\s?기사(?:\\s?목록)?',
  '(?:이\\s?)?기자의\\s?(?:다른|최신)\\s?기사(?:\\s?더보기)?',
  '[\\p{Script=Hangul}]{2,4}\\s?기자의?\\s?(?:다른\\s?)?기사(?:\\s?더보기)?',
  '많이\\s?본\\s?기사',
  '인기\\s?기사',
  '추천\\s?기사',
  '최신\\s?기사',
  '주요\\s?뉴스',
  '함께\\s?보면\\s?좋은\\s?기사',
  '다른\\s?기사\\s?보기',
  '(?:포토|영상)\\s?뉴스',
  // zh
  '相关(?:文章|阅读|新闻|报道|推荐|链接)',
  '相關(?:文章|閱讀|新聞|報導|報道|推薦)',
  '延伸阅读',
  '延伸閱讀',
  '推荐阅读',
  '推薦閱讀',
  '热门(?:文章|新闻|推荐|阅读)?',
  '熱門(?:文章|新聞)?',
  '猜你喜欢',
  '更多(?:新闻|文章|报道|精彩)',
  '最新(?:文章|新闻|消息)',
  '(?:作者|该作者|記者|记者)(?:的)?其他文章',
  '排行榜',
  '编辑推荐',
  // ja
  '関連記事',
  '関連ニュース',
  'あわせて読みたい',
  '合わせて読みたい',
  '人気記事',
  'おすすめ記事',
  'よく読まれている記事',
  'アクセスランキング',
  'この記者の記事',
  '最新記事',
  // fr, de, es, pt, it, nl, ru
  '(?:à )?lire aussi',
  'à lire également',
  'sur le même sujet',
  'du même auteur',
  'plus d’articles de [\\p{L} .-]+',
  'les plus lus',
  'articles? similaires?',
  'voir aussi',
  'dans la même rubrique',
  'mehr zum thema',
  'lesen sie auch',
  'das könnte sie auch interessieren',
  'auch interessant',
  'meistgelesen',
  'mehr von [\\p{L} .-]+',
  'weitere artikel',
  'lee también',
  'lea también',
  'noticias relacionadas',
  'te puede interesar',
  'lo más leído',
  'más noticias',
  'leia também',
  'veja também',
  'notícias relacionadas',
  'mais lidas',
  'leggi anche',
  'articoli correlati',
  'i più letti',
  'lees ook',
  'siehe auch',
  'zie ook',
  'se även',
  'katso myös',
  'zobacz też',
  'viz též',
  'ayrıca bakınız',
  'ayrıca bakın',
  'vegeu també',
  'vedi anche',
  'véase también',
  'ver também',
  'см\\. также',
  'δείτε επίσης',
  'διαβάστε επίσης',
  'gerelateerd',
  'читайте также',
  'по теме',
  'похожие (?:статьи|новости)',
  'самое читаемое',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'מומלצים',
];
const RELATED_HEAD = new RegExp(`^(?:${RELATED_HEADS.join('|')})[\\s:：>»›▶▸→…·.]*$`, 'iu');
/** `Read also: <headline>`, `[Read: …]`, `Lire aussi : …`, `관련기사: …`, `相关阅读：…`. */
const READ_ALSO = new RegExp(
  '^[\\[(（【]?\\s*(?:read(?: more| also| next)?|also read|related|see also|more|watch|listen|lire aussi|à lire aussi|lire|voir aussi|voir|lesen sie auch|mehr zum thema|auch interessant|lea también|lee también|ver también|leia também|leia mais|veja também|leggi anche|читайте также|관련\\s?기사|관련|함께 보면 좋은 기사|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|相关文章|相關文章|関連記事|あわせて読みたい)\\s*[:：>»›▶|–—-]\\s*\\S',
  'iu',
);

function isRelated(t: string): boolean {
  if (t.length <= 60 && RELATED_HEAD.test(t)) return true;
  return t.length <= 220 && READ_ALSO.test(t);
}

// --- share and toolbar bars ----------------------------------------------------------------------------------------

/** Share and toolbar words; Latin ones whole (`link` is not the start of `LinkedIn`). */
const SHARE_WORDS =
  /(?<![\p{Script=Latin}])(?:share(?: this(?: article| story| page)?| on)?|shares|sharing|tweet|e-?mail|mail|print|copy(?: the)? link|copy url|copy|link|save|bookmark|facebook|twitter|x\.com|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|flipboard|pocket|messenger|line|kakao(?:talk|story)?|카카오톡|카카오스토리|카카오|네이버|밴드|band|weibo|微博|微信|wechat|qq|qzone|qq空间|豆瓣|分享(?:到)?|转发|轉發|收藏|打印|列印|复制链接|複製連結|공유(?:하기)?|스크랩|인쇄|메일|퍼가기|url\s?복사|링크\s?복사|글자\s?크기|シェア|ツイート|はてな(?:ブックマーク)?|ブックマーク|印刷|リンクをコピー|partager(?: sur| cet article)?|partagez|imprimer|envoyer(?: par e-?mail)?|copier le lien|teilen|drucken|senden|link kopieren|compartir|imprimir|enviar|copiar enlace|compartilhar|copiar link|condividi|stampa|поделиться|печать|font size|text size|a\+|a-|가|listen|écouter|anhören|escuchar|기사\s?듣기|音声で聞く|[\d][\d,.]*[kK]?)(?![\p{Script=Latin}])/giu;
const SHARE_VERB =
  /share|sharing|tweet|partag|teilen|compartir|compartilhar|condividi|поделиться|공유|分享|转发|轉發|シェア|ツイート/iu;
const NETWORKS =
  /facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|kakao|카카오|네이버|밴드|weibo|微博|微信|wechat|qq|line/giu;

function isShareBar(t: string): boolean {
  if (t.length > 160) return false;
  const networks = (t.match(NETWORKS) ?? []).length;
  if (!SHARE_VERB.test(t) && networks < 2) return false;
  const rest = t.replace(SHARE_WORDS, ' ').match(WORDLIKE) ?? [];
  return rest.join('').length <= 3;
}

// --- newsletter, paywall, cookies, copyright, ads, switchers, tags -------------------------------------------------

const SUBSCRIBE_ALONE =
  /^(?:subscribe(?: now| today)?|sign up|newsletter|newsletters|bli prenumerant|prenumerera|tilaa|word abonnee|abonneer|abone ol|subscriu-t[’']hi|subscriu-te|zasubskrybuj|předplaťte si|berlangganan|đăng ký|get the newsletter|s’abonner|s'abonner|abonnez-vous|je m’abonne|je m'abonne|abonnieren|jetzt abonnieren|suscríbete|suscribirse|assine|assinar|abbonati|구독(?:하기|신청)?|뉴스레터(?: 구독)?|订阅|訂閱|关注我们|關注我們|登録|購読|メルマガ登録|подписаться|log ?in|sign in|login|로그인|회원가입|登录|註冊|注册|ログイン|connexion|anmelden|iniciar sesión)[\s!.:：>»›]*$/iu;
const NEWSLETTER_WORD =
  /newsletter|뉴스레터|메일링|电子报|電子報|通讯|メルマガ|ニュースレター|lettre d’information|infolettre|рассылк/iu;
const SIGNUP_WORD =
  /sign up|signup|subscribe|inbox|keep up with|get (?:it|them|our)|delivered|abonn|inscri|recevez|anmelden|abonnieren|erhalten|suscrib|recibe|assine|receba|iscriviti|구독|받아\s?보|신청|订阅|訂閱|注册|註冊|登録|受け取|подпис/iu;

const PAYWALL =
  /(?:subscribe|sign in|log in|register) (?:now )?to (?:continue|keep) reading|subscribers? only|for subscribers|already (?:a )?subscriber|(?:this|the) (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members)|to continue reading|unlock (?:this|the full) (?:article|story)|start your free trial|free articles? (?:left|remaining)|réservée? aux abonnés|réservés aux abonnés|il vous reste \d+\s?% de cet article|la suite est réservée|déjà abonnée?|pour lire la suite|abonnez-vous pour|nur für abonnenten|exklusiv für abonnenten|bereits abonnent|weiterlesen mit|jetzt weiterlesen|probeabo|exclusivo para (?:suscriptores|assinantes)|ya eres suscriptor|para seguir leyendo|já é assinante|continue lendo|riservato agli abbonati|sei già abbonato|유료\s?(?:회원|구독|기사)|회원\s?전용|구독자\s?전용|로그인\s?후\s?(?:이용|열람|확인)|订阅(?:后|即可)(?:阅读|查看)|付费(?:阅读|会员|内容|订阅)|会员专享|登录后(?:阅读|查看)|開通會員|訂閱(?:後|即可)(?:閱讀|查看)|付費(?:閱讀|會員)|有料会員|無料会員登録|会員限定|この記事は有料|続きを読むには|только для подписчиков|оформите подписку/iu;

/** `You have read 3 of 5 free articles`, `Du har läst 3 av 5 gratis artiklar`: a metered paywall's counter. */
const FREE_COUNTER =
  /\d+\s*(?:of|av|af|de|von|di|van|z|ze|\/|sur|su|из|의)\s*\d+\s*(?:[\p{L}]+\s+){0,2}(?:artic|artikl|artikel|artícul|artig|makale|článk|artykuł|statei|статей|기사|篇|本)/iu;
/** Subscribe words in many languages: with a price beside them, a subscription prompt. */
const SUBSCRIBE_WORD =
  /subscri|(?:get|unlimited|digital|full|seamless) access|abonn|suscri|assin|abbona|prenumer|tilaa|tilaaja|abone|prenumerat|předplat|berlangganan|đăng ký|구독|订阅|訂閱|購読|подпис|передплат/iu;
const PRICE = /\d+(?:[.,]\d+)?\s*(?:€|euros?|\$|£|kr|zł|kč|₺|원|元|円|руб)|(?:€|\$|£|¥|₩|₹|rs\.?|inr)\s*\d/giu;
/** A price per period is an offer; a price alone may be news (`season tickets went on sale at $249`). */
function pricePerPeriod(t: string): boolean {
  for (const price of t.matchAll(PRICE)) {
    const around = t.slice(Math.max(0, price.index - 30), price.index + price[0].length + 30);
    if (PER_PERIOD.test(around)) return true;
  }
  return false;
}
const PER_PERIOD =
  /month|mois|monat|\bmes\b|mês|mese|maand|månad|måned|kuukau|\bay\b|miesiąc|měsíc|bulan|tháng|개월|달|个月|か月|месяц|year|\ban\b|jahr|año|\bano\b|anno|jaar|\bår\b|vuosi|yıl|\brok\b|년|年|\bweek|semaine|woche|semana|settimana|vecka|\buke\b|\buge\b|viikko|hafta|tydzień|týden|주|周|週/iu;

const COOKIE_WORD = /cookie|쿠키|クッキー|témoins de connexion|traceurs/iu;
const CONSENT_WORD =
  /αποδοχ|αποδέχ|συναίνεσ|απόρρητ|ρυθμίσ|συνεχίζοντας|kabul|onay|gizlilik|zgod|prywatno|souhlas|soukrom|hyväksy|samtyck|godkänn|akzepteer|toestemming|accepteren|acceptar|accepta|persetujuan|đồng ý|accept|agree|consent|privacy|settings|preferences|partners|personali[sz]|manage|accepter|consentement|refuser|paramétrer|paramètres|confidentialité|partenaires|zustimm|akzeptier|einstellungen|datenschutz|einwillig|aceptar|consentimiento|privacidad|configuración|aceitar|privacidade|accetta|consenso|동의|개인정보|설정|同意|隐私|隱私|设置|設定|プライバシー|согласи|конфиденциальност/iu;

const COPYRIGHT_WORD =
  /copyright|copy right|©|ⓒ|\(c\)|저작권|版权|版權|著作権|droits|rechte|derechos|direitos|diritti|права/iu;
const PROHIBITED =
  /무단|재배포|전재|복제|不得|禁止|未经|未經|無断|転載|複製|reproduction|reproduire|redistribut|republish|rewritten|broadcast|may not be|interdite|interdit|prohibited|forbidden|untersagt|nicht gestattet|prohibida|proibida|vietata|запрещ|版权声明|版權聲明/iu;

/** `Advertisement`, `Anzeige – …`, `광고 …`: an ad label alone, before a separator, or (in capitals or CJK) before the ad. */
const AD_LABEL =
  /^(?:advertisements?|advertising|sponsored(?: content)?|paid (?:content|post)|promoted|anzeige|werbung|publicité|pub|publicidad|publicidade|pubblicità|publicitat|advertentie|annons|mainos|reklam|reklama|iklan|quảng cáo|διαφήμιση|реклама|פרסומת|إعلان|विज्ञापन|광고|广告|廣告|広告|pr|스폰서|赞助)(?:$|\s*[:：|·–—-]\s*)/iu;
const AD_LABEL_CAPS =
  /^(?:ADVERTISEMENT|ANZEIGE|PUBLICITÉ|PUBLICIDAD|PUBLICITAT|ADVERTENTIE|ANNONS|MAINOS|REKLAM|REKLAMA|IKLAN|SPONSORED|광고|广告|廣告|広告)\s+\S/u;

/** `FR / NL`, `EN | DE`: language codes and nothing else. */
const CODE_SWITCHER = /^[A-Z]{2}(?:-[A-Z]{2,4})?(?:\s*[/|·•]\s*[A-Z]{2}(?:-[A-Z]{2,4})?)+$/u;
const SWITCHER =
  /^(?:view (?:this )?in [\p{L}]+|read (?:this )?in [\p{L}]+|[\p{L}]+ (?:version|edition)|version (?:française|anglaise|originale|en [\p{L}]+)|en (?:français|anglais|español|inglés)|auf (?:deutsch|englisch)|in english|english|한국어|中文版|英文版|查看中文版|查看英文版|中文|英文|简体|繁體|日本語版?|英語版|한국어\s?(?:보기|버전|판)|영문\s?(?:보기|버전|판|기사)|한글\s?(?:보기|버전|판|기사)|english version|korean version|chinese version)$/iu;

/** A data table's column header (`Oldest version`, `Minimum version`) is no "English version" switcher. */
const VERSION_HEADER =
  /^(?:oldest|latest|newest|minimum|min\.?|maximum|max\.?|current|stable|supported|tested|first|last|previous|required)(?: \p{L}+)? (?:version|edition)$/iu;
function versionHeader(t: string, opts: ChromeTextOptions): boolean {
  return opts.kind === 'table-cell' && VERSION_HEADER.test(t);
}

/** A comment or sign-up form's field labels and buttons. */
const FORM_LABEL =
  /^(?:display name|your name|full name|name|nickname|e-?mail(?:[- ]id| address)?|your e-?mail|website|url|enter (?:the )?code|captcha|security code|password|username|user name|your comment|comment|message|submit|send|post|nom|prénom|courriel|adresse e-?mail|mot de passe|envoyer|nombre|correo(?: electrónico)?|contraseña|enviar|passwort|absenden|senden|nome|invia|이름|닉네임|비밀번호|이메일|등록|昵称|用户名|密码|邮箱|提交|名前|メールアドレス|パスワード|送信)\s*\*?\s*[:：]?$/iu;
/** A site's footer links: about, contact, terms, privacy, site map, careers, advertising. */
const FOOTER_LINK =
  /^(?:about(?: us)?|contact(?: us)?|site ?map|terms(?: of (?:use|service))?|terms (?:&|and) conditions|privacy(?: policy)?|cookie policy|careers|jobs|advertise(?: with us)?|partner with us|authors|help|faq|rss|impressum|datenschutz|kontakt|mentions légales|nous contacter|aviso legal|contacto|회사소개|광고안내|개인정보처리방침|이용약관|关于我们|联系我们|隐私政策|網站地圖|会社概要|お問い合わせ|プライバシーポリシー)$/iu;
/** Notices about the site rather than the article. */
const SITE_NOTICE =
  /best viewed (?:with|in|at)|this site (?:uses|requires) javascript|enable javascript|your browser is out of date|this page was (?:last )?(?:updated|modified|edited)|page last (?:updated|modified|edited)/iu;
/** The site's licence notice (`This work is licensed under a Creative Commons …`), not an image credit's licence. */
const LICENCE =
  /(?:this|the|all) (?:work|page|site|website|content|article|text|material)s? (?:on this (?:site|page) )?(?:is|are) (?:available |published |distributed )?(?:licen[sc]ed )?under (?:a |the )?(?:creative commons|cc[ -]by|gnu|mit)/iu;

/** Links to the previous and next article, back to the list or the top. */
const PAGINATION =
  /^(?:[«‹←<]\s*)?(?:next|previous|prev|older|newer|back to [\p{L} ]{2,30}|return to [\p{L} ]{2,30}|back|go back|back to top|top|précédent|suivant|retour(?: à [\p{L} ]{2,30})?|zurück|weiter|vorheriger|nächster|anterior|siguiente|volver|próximo|precedente|successivo|上一[篇条條章页頁]|下一[篇条條章页頁]|返回(?:目录|目錄|列表|顶部|頂部)?|前の記事|次の記事|前へ|次へ|이전\s?(?:글|기사)|다음\s?(?:글|기사)|목록)(?:\s+(?:item|article|post|story|page|chapter|entry|artikel|articolo|artículo|条目|條目))?(?:\s*[»›→>])?$/iu;

/** `Back to collection Records of the Grand Historian`: a link back up, whatever it names. */
const BACK_TO =
  /^(?:back to|return to|go back to|zurück zu[rm]?|retour (?:à|au|aux)|volver a|voltar para|torna a|返回|回到)\s/iu;

const TAGS_LINE =
  /^(?:tags?|topics?|keywords?|filed under|태그|키워드|标签|標籤|关键词|關鍵詞|タグ|キーワード|mots-clés|mots clés|thèmes|schlagwörter|schlagworte|themen|etiquetas|temas|palabras clave|tag|argomenti|теги|метки)\s*[:：#]/iu;

/** What kind of site chrome a block's text is, or null for article text. */
export function chromeKind(text: string, opts: ChromeTextOptions = {}): ChromeKind | null {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_CHROME) return null;
  if (COOKIE_WORD.test(t) && CONSENT_WORD.test(t)) return 'cookie';
  if (t.length > 320) return null;
  if (PAYWALL.test(t) || FREE_COUNTER.test(t) || (t.length <= 160 && SUBSCRIBE_WORD.test(t) && pricePerPeriod(t))) {
    return 'paywall';
  }
  if (COPYRIGHT_WORD.test(t) && PROHIBITED.test(t)) return 'copyright';
  if (LICENCE.test(t)) return 'copyright';
  if (t.length <= 240 && NEWSLETTER_WORD.test(t) && SIGNUP_WORD.test(t)) return 'subscribe';
  if (isRelated(t)) return 'related';
  if (t.length > 240) return null;
  if (SUBSCRIBE_ALONE.test(t)) return 'subscribe';
  if (t.length <= 160 && (AD_LABEL.test(t) || AD_LABEL_CAPS.test(t)) && !/[.!?。！？다]$/u.test(t)) return 'ad';
  if (t.length <= 40 && (SWITCHER.test(t) || CODE_SWITCHER.test(t)) && !versionHeader(t, opts)) return 'switcher';
  if (TAGS_LINE.test(t)) return 'tags';
  if (t.length <= 40 && FORM_LABEL.test(t)) return 'form';
  if (t.length <= 40 && FOOTER_LINK.test(t)) return 'footer';
  if (SITE_NOTICE.test(t)) return 'notice';
  if (t.length <= 160) {
    // `Next Item（下一条目）：Item 70: …`: the label, a translation of it in brackets, the next article's title.
    const label = t.replace(/\s*[(（][^)）]*[)）]\s*/gu, ' ').trim();
    const head = label.split(/\s*[:：]\s*/u)[0]!;
    if ((label.length <= 60 && PAGINATION.test(label)) || (head !== label && PAGINATION.test(head)))
      return 'pagination';
    if (t.length <= 100 && BACK_TO.test(t)) return 'pagination';
  }
  if (isShareBar(t)) return 'share';
  if (isBreadcrumb(t)) return 'breadcrumb';
  if (t.length <= 40 && (COUNT_HEADING.test(t) || ACTION.test(t))) return 'comments';
  if (t.length <= 200 && COMMENT_WORD.test(t) && MODERATION.test(t)) return 'comments';
  // Data cells are dates and numbers, and a caption's credit (`Photo by Joan Bardeletti`) belongs to its photo.
  if (opts.kind !== 'table-cell' && opts.kind !== 'caption') return metaLine(t);
  return null;
}

/**
 * Lines printing the same chrome in two languages (`相关文章 / Related`, `分享 Share`): each part is chrome on its own.
 */
export function chromeKindAnyLanguage(text: string, opts: ChromeTextOptions = {}): ChromeKind | null {
  const whole = chromeKind(text, opts);
  if (whole || text.length > 160) return whole;
  const parts = text
    .split(/\s+[|/／·•]\s+|\s*[|／]\s*/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  let first: ChromeKind | null = null;
  for (const p of parts) {
    const k = chromeKind(p, opts);
    if (!k) return null;
    first ??= k;
  }
  return first;
}
