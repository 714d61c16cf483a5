/**
 * The page inspector of inspect.ts, over WebDriver BiDi for Firefox: evaluation in a sandbox of the test's own (Xray
 * views of the DOM, which the page's patched prototypes cannot fool), the reader's shadow root reached by its shared
 * id whatever its mode, and every error BiDi logs for the page's tab.
 *
 * Firefox logs errors of every world of the page under the page's one window realm; the world is told by the first
 * stack frame: the page's own URL for its scripts, `moz-extension://` or "sandbox eval code" (code an extension
 * injected as a function) for Diglot's.
 */
import type { FirefoxDriver, FirefoxTab } from './firefox';
import { bidiReader } from './firefox';
import { inspectShadowRoot, type PageProbe, type ReaderReport, type WorldError } from './inspect';

interface LogEntry {
  level: string;
  text: string | null;
  source: { context?: string };
  stackTrace?: { callFrames: { url: string }[] };
}

type Result =
  { type: 'success'; result: { value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } };

export async function firefoxProbe(driver: FirefoxDriver, tab: FirefoxTab): Promise<PageProbe> {
  const errors: WorldError[] = [];
  const sandbox = 'diglot-e2e-inspector';
  const stop = driver.onBidi('log.entryAdded', (params) => {
    const entry = params as LogEntry;
    if (entry.source.context !== tab.context || entry.level !== 'error') return;
    const url = entry.stackTrace?.callFrames[0]?.url ?? '';
    const byExtension = url.startsWith('moz-extension://') || url === 'sandbox eval code';
    errors.push({
      world: byExtension ? 'Diglot' : '',
      origin: byExtension ? driver.extensionOrigin : url ? new URL(url).origin : '?',
      text: entry.text ?? '',
    });
  });

  async function evaluate<T>(expression: string): Promise<T> {
    const done = await driver.bidi<Result>('script.evaluate', {
      expression: `JSON.stringify((${expression}))`,
      target: { context: tab.context, sandbox },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (done.type === 'exception') throw new Error(`inspector: ${done.exceptionDetails.text}`);
    const json = done.result.value as string | undefined;
    return (json === undefined ? undefined : JSON.parse(json)) as T;
  }

  const shadow = bidiReader(driver.bidi, tab.context, sandbox);

  async function reader(): Promise<ReaderReport | null> {
    const mode = await shadow.mode();
    if (mode === null) return null;
    const view = await evaluate<string | null>("document.querySelector('diglot-reader').getAttribute('data-view')");
    if (mode === 'none') {
      return {
        view,
        mode,
        violations: ['reader host without a shadow root'],
        links: [],
        images: [],
        text: '',
        elements: 0,
      };
    }
    const report = await shadow.run(inspectShadowRoot);
    return report && { view, mode, ...report };
  }

  return { errors, evaluate, reader, close: async () => stop() };
}
