/** The seeded document generator of the fuzz test (its own module so a failing seed can be replayed anywhere). */

/** mulberry32: a small, well-known seeded generator, so runs are reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'The council approved the budget on Tuesday after a long debate.',
  '시의회는 긴 토론 끝에 화요일 예산안을 승인했다.',
  '市议会在长时间辩论后于周二批准了预算。',
  '議会は長い議論の末、火曜日に予算を承認した。',
  'Le conseil a approuvé le budget mardi après un long débat.',
  'El consejo aprobó el presupuesto el martes tras un largo debate.',
  'O conselho aprovou o orçamento na terça-feira após um longo debate.',
  'Совет утвердил бюджет во вторник после долгих дебатов.',
  'Рада затвердила бюджет у вівторок після довгих дебатів.',
  'وافق المجلس على الميزانية يوم الثلاثاء بعد نقاش طويل.',
  'המועצה אישרה את התקציב ביום שלישי לאחר ויכוח ארוך.',
  'NATO 10만 GDP 3.5% https://example.org/a?b=1&c=2',
  '<img src=x onerror=alert(1)> & "quotes" \'apostrophes\' \t tabs',
  '\u200b\u200c\u200d\ufeff zero\u200bwidth \u202e reversed \u0000\u0007 controls \ud800 lone',
  '🙂👩🏽‍💻 emoji and 𝐦𝐚𝐭𝐡 𝕒𝕝𝕡𝕙𝕒',
  '',
];
const TAGS = [
  'p',
  'div',
  'span',
  'article',
  'section',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'br',
  'nav',
  'aside',
  'footer',
  'header',
  'main',
  'pre',
  'a',
  'b',
  'i',
  'script',
  'style',
  'svg',
  'iframe',
  'form',
  'template',
  'noscript',
  'font',
  'center',
  'x-custom',
  'math',
  'select',
];
const ATTRS = [
  'lang="ko"',
  'lang="en"',
  'lang="zh-Hant"',
  'dir="rtl"',
  'hidden',
  'style="display:none"',
  'class="article-body"',
  'class="sidebar"',
  'class="comments"',
  'id="content"',
  'role="main"',
  'aria-hidden="true"',
  'onerror="x()"',
  'href="javascript:alert(1)"',
  'lang=""',
  'lang="!!"',
  'class="en"',
  'class="zh"',
];

/** One random document: mostly plausible articles in two languages, mixed with every kind of breakage. */
export function generateHtml(rand: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const parts: string[] = [];
  const open: string[] = [];
  const steps = Math.floor(rand() * 400);
  // A shape for most documents, so the aligner is exercised too: two languages, blocks or interleaved.
  const [a, b] = [pick(SENTENCES), pick(SENTENCES)];
  const shape = rand();
  for (let i = 0; i < steps; i++) {
    const r = rand();
    if (r < 0.3) {
      const text = shape < 0.5 ? (i < steps / 2 ? a : b) : i % 2 ? a : b;
      parts.push(`<p${rand() < 0.2 ? ` ${pick(ATTRS)}` : ''}>${rand() < 0.8 ? text : pick(SENTENCES)}</p>`);
    } else if (r < 0.55) {
      const tag = pick(TAGS);
      parts.push(`<${tag}${rand() < 0.4 ? ` ${pick(ATTRS)}` : ''}>`);
      open.push(tag);
    } else if (r < 0.7 && open.length) {
      // Close the right tag, a wrong one, or none at all.
      parts.push(rand() < 0.7 ? `</${open.pop()}>` : `</${pick(TAGS)}>`);
    } else if (r < 0.85) {
      parts.push(pick(SENTENCES).slice(0, Math.floor(rand() * 80)));
    } else if (r < 0.9) {
      parts.push(
        ['<', '>', '&', '&amp', '&#0;', '&#xD800;', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE x>'][i % 11]!,
      );
    } else if (r < 0.95) {
      parts.push('<br>'.repeat(1 + Math.floor(rand() * 3)));
    } else {
      // A deep, unclosed nest in one go.
      const depth = Math.floor(rand() * 300);
      parts.push('<div>'.repeat(depth) + pick(SENTENCES));
    }
  }
  const head = rand() < 0.7 ? `<head><title>${pick(SENTENCES)}</title></head>` : '';
  return rand() < 0.1 ? parts.join('') : `<!doctype html><html>${head}<body>${parts.join('')}</body></html>`;
}
