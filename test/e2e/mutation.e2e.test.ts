/**
 * Pages that never stop changing (issue 6): a ticker rewritten every 100 ms and a feed that grows every 500 ms, next
 * to a bilingual article and next to a monolingual one. The detector watches the page for late-loading articles; it
 * must not re-check or re-parse in a loop, and its steady cost must stay small.
 *
 * The cost is measured as the renderer's script time (CDP `Performance.getMetrics`: ScriptDuration, TaskDuration,
 * which include the content scripts' isolated world) against the same page, at the same time, in a second Chromium
 * without the extension. Detection runs beyond the glance are counted from the messages the page sends the service
 * worker (`glanced` when the glance asks for the pre-check, `candidate` when the pre-check asks for the reader,
 * `background:detected` after every parse); a glance that finds one language sends nothing at all.
 *
 * Windows of 8 s per page rather than the issue's minute, to keep the file under 40 s; the figures are printed for
 * the README.
 *
 * In Firefox the detection runs are counted the same way (from one of the extension's pages, which hears the content
 * script's messages as the background does) and the late translation must be found too; the script-time comparison is
 * Chromium's alone: WebDriver BiDi has no counter of a page's script time.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { BROWSERS, chromiumOf, useHarness } from './harness';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const WINDOW_MS = 8_000;
/** Steady extra script time allowed, as a share of the window. */
const MAX_EXTRA_SHARE = 0.05;
/** One check at idle plus the detector's bounded re-checks (MAX_RECHECKS in entrypoints/glance.ts). */
const MAX_DETECTIONS = 6;
/** The glance runs at the first idle moment, and at the latest 3 s after load (its idle callback's timeout). */
const GLANCE_DONE_MS = 3_500;

/** The Korean text of the article on the live-ticker pages, appended to the English-only one after load. */
const LATE_KOREAN = [
  '부산시 공식 홈페이지가 화요일 약 6시간 동안 외국어 구호가 적힌 화면으로 바뀌어 있었다고 시 관계자들이 수요일 밝혔다. 공격자들이 첫 화면을 바꿔치기한 것이다.',
  '시 정보보안팀은 오전 3시 40분 자동 감시 장치가 첫 화면이 저장된 사본과 일치하지 않는다고 경고하면서 변조 사실을 알아챘다. 홈페이지는 오전 9시 50분 접속이 차단됐고, 정오쯤 백업본으로 복구됐다.',
  '부산대학교 컴퓨터보안학과 김지훈 교수는 “가장 오래된 수법 가운데 하나”라며 “낯선 사람이 입력한 것은 무엇이든 페이지의 일부가 아니라 단순한 글자로 다뤄야 한다”고 말했다.',
  '시는 인허가와 세금 납부 관련 시민 기록을 보관하는 서버는 공개 홈페이지와 분리돼 있으며 침입 흔적이 발견되지 않았다고 밝혔다. 홈페이지가 변조돼 있던 동안 약 4만8천 명이 접속했다.',
  '변조된 화면의 링크를 누른 방문자들은 파일 내려받기를 시도하는 주소로 연결됐다. 시는 이런 파일을 연 사람은 바이러스 검사를 하고 국번 없이 118 사이버 상담 전화로 신고해 달라고 당부했다.',
  '문제의 옛 행사 안내 페이지는 삭제됐으며, 시는 연말까지 산하 누리집 212곳의 코드를 모두 점검할 계획이다.',
];

const PAGES = [
  { name: 'hostile--en-ko--live-ticker.html', bilingual: true },
  { name: 'hostile--en--live-ticker.html', bilingual: false },
];

interface Metrics {
  script: number;
  task: number;
  ticks: number;
  feed: number;
}

interface LoggedMessage {
  type: string;
  tab: number;
  at: number;
}

interface ChromeOnMessage {
  chrome: {
    runtime: {
      onMessage: { addListener(listener: (message: unknown, sender: { tab?: { id?: number } }) => void): void };
    };
  };
  __e2eMessages?: LoggedMessage[];
}

async function metrics(page: Page, cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const value = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  const counts = await page.evaluate(() => {
    const w = window as unknown as { __ticks?: number; __feedItems?: number };
    return { ticks: w.__ticks ?? 0, feed: w.__feedItems ?? 0 };
  });
  return { script: value('ScriptDuration'), task: value('TaskDuration'), ...counts };
}

async function watched(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

const ms = (n: number) => `${Math.round(n)} ms`;

describe.each(BROWSERS)('pages that keep mutating, in %s', (browserName) => {
  const h = useHarness(browserName);
  let plain: Browser | undefined;

  beforeAll(async () => {
    // The same Chromium without the extension: the page alone, for comparison.
    if (browserName === 'chromium') {
      plain = await chromium.launch({ executablePath: chromiumPath(), headless: false, args: CHROMIUM_ARGS });
    }
    // Count the content script's messages to the background, per tab.
    await h.browser.inExtension(() => {
      const scope = globalThis as unknown as ChromeOnMessage;
      if (scope.__e2eMessages) return;
      const log: LoggedMessage[] = [];
      scope.__e2eMessages = log;
      scope.chrome.runtime.onMessage.addListener((message, sender) => {
        const m = message as { type?: unknown; diglot?: unknown } | null;
        const type = typeof m?.diglot === 'string' ? `stage:${m.diglot}` : m?.type;
        if (typeof type === 'string' && sender.tab?.id !== undefined)
          log.push({ type, tab: sender.tab.id, at: Date.now() });
      });
    });
  });
  afterAll(async () => {
    await plain?.close();
  });

  const detections = async (tab: number): Promise<LoggedMessage[]> =>
    (await h.browser.inExtension(() => (globalThis as unknown as ChromeOnMessage).__e2eMessages ?? [])).filter(
      (m) => m.tab === tab && (m.type === 'background:detected' || m.type.startsWith('stage:')),
    );

  test.each(PAGES)(
    'on $name the detector runs a bounded number of times (and, in Chromium, costs under 5% of the script time of an 8 s window)',
    async ({ name, bilingual }) => {
      const url = `${h.server.url}/${name}`;
      /**
       * Detection done: on the bilingual page the reader has told the background what it found; on the other the
       * glance has run (it says nothing when it finds one language).
       */
      const detected = async (tab: number) => {
        if (!bilingual) return new Promise((done) => setTimeout(done, GLANCE_DONE_MS));
        await expect
          .poll(async () => (await detections(tab)).some((m) => m.type === 'background:detected'), {
            timeout: 15_000,
          })
          .toBe(true);
      };

      if (!plain) {
        const withDiglot = await h.browser.open(url);
        const tab = await h.browser.tabId(withDiglot);
        await detected(tab);
        if (bilingual) expect((await h.browser.badge(withDiglot)).text).toBe('EN KO');
        const startedAt = Date.now();
        const ticksAt = () => withDiglot.evaluate(() => (window as unknown as { __ticks?: number }).__ticks ?? 0);
        const ticks0 = await ticksAt();
        await new Promise((done) => setTimeout(done, WINDOW_MS)); // the same window, counted but not timed
        const runs = await detections(tab);
        const ticks = (await ticksAt()) - ticks0;
        console.log(
          `${name} (${bilingual ? 'bilingual' : 'monolingual'}) in ${browserName}: ticker ${ticks} updates in ` +
            `${WINDOW_MS / 1000} s; detection messages ${runs.length} in all, ` +
            `${runs.filter((m) => m.at >= startedAt).length} in the window`,
        );
        expect(ticks).toBeGreaterThan((WINDOW_MS / 100) * 0.7);
        expect(runs.length, 'detection runs since the page loaded').toBeLessThanOrEqual(MAX_DETECTIONS);
        await withDiglot.close();
        return;
      }

      const { context } = chromiumOf(h.browser).chromium;
      const [withDiglot, alone] = await Promise.all([context.newPage(), plain.newPage()]);
      const [cdpWith, cdpAlone] = await Promise.all([watched(withDiglot), watched(alone)]);
      await Promise.all([withDiglot.goto(url), alone.goto(url)]);
      const tabOfPage = chromiumOf(h.browser).tab(withDiglot);
      const tab = await h.browser.tabId(tabOfPage);
      await detected(tab);
      if (bilingual) expect((await h.browser.badge(tabOfPage)).text).toBe('EN KO');

      const start = await Promise.all([metrics(withDiglot, cdpWith), metrics(alone, cdpAlone)]);
      const startedAt = Date.now();
      await new Promise((done) => setTimeout(done, WINDOW_MS)); // the measurement window itself
      const end = await Promise.all([metrics(withDiglot, cdpWith), metrics(alone, cdpAlone)]);
      const runs = await detections(tab);

      const [w0, a0] = start;
      const [w1, a1] = end;
      const extraScript = w1.script - w0.script - (a1.script - a0.script);
      const extraTask = w1.task - w0.task - (a1.task - a0.task);
      const inWindow = runs.filter((m) => m.at >= startedAt).length;
      console.log(
        `${name} (${bilingual ? 'bilingual' : 'monolingual'}), ${WINDOW_MS / 1000} s window after detection: ` +
          `script ${ms(w1.script - w0.script)} with Diglot vs ${ms(a1.script - a0.script)} alone ` +
          `(extra ${ms(extraScript)}, ${((extraScript / WINDOW_MS) * 100).toFixed(2)}% of the window); ` +
          `tasks ${ms(w1.task - w0.task)} vs ${ms(a1.task - a0.task)} (extra ${ms(extraTask)}); ` +
          `from navigation to the window's end: script ${ms(w1.script)} vs ${ms(a1.script)} ` +
          `(one-time cost of detection${bilingual ? ' and parse' : ''} ≈ ${ms(w0.script - a0.script)}); ` +
          `ticker ${w1.ticks - w0.ticks} vs ${a1.ticks - a0.ticks} updates, feed ${w1.feed - w0.feed} vs ${a1.feed - a0.feed} items; ` +
          `detection messages ${runs.length} in all, ${inWindow} in the window (${runs.map((m) => m.type.replace(/^(background|stage):/, '')).join(', ')})`,
      );

      // Both pages really kept changing (the comparison means something): a ticker update every 100 ms.
      expect(w1.ticks - w0.ticks).toBeGreaterThan((WINDOW_MS / 100) * 0.7);
      expect(a1.ticks - a0.ticks).toBeGreaterThan((WINDOW_MS / 100) * 0.7);
      expect(runs.length, 'detection runs since the page loaded').toBeLessThanOrEqual(MAX_DETECTIONS);
      expect(extraScript, 'steady extra script time').toBeLessThan(WINDOW_MS * MAX_EXTRA_SHARE);

      await Promise.all([withDiglot.close(), alone.close()]);
    },
  );

  test('a translation that arrives after load is still found while a ticker keeps the page changing', async () => {
    // The detector re-checks a page once it has been quiet for a while; a ticker must not starve that re-check.
    const page = await h.open('hostile--en--live-ticker.html');
    await new Promise((done) => setTimeout(done, GLANCE_DONE_MS));
    expect((await h.browser.badge(page)).text, 'no badge on the English page').toBe('');
    // A "read in Korean" block loaded by the site's script after the English article, as lazy sections are.
    await page.evaluate((paragraphs) => {
      const body = document.getElementById('article-body');
      for (const text of paragraphs)
        body?.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
    }, LATE_KOREAN);
    await expect
      .poll(() => h.browser.badge(page).then((b) => b.text), {
        timeout: 8_000,
        message: 'badge after the translation arrived',
      })
      .toBe('EN KO');
    await page.close();
  });
});
