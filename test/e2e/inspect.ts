/**
 * Looking at a page the way an attacker's page cannot fool: through the DevTools protocol, from an isolated world of
 * the test's own (the page's scripts may patch `querySelector` or `outerHTML` in their world, not in ours), and into
 * the reader's shadow root whether it is open or closed (CDP sees closed roots; page scripts do not).
 *
 * Also collects every uncaught exception and console error from every world of the page (the page's own, Diglot's
 * content scripts, the test's), which Playwright's `pageerror` does not: it reports the page's main world only.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface WorldError {
  /** The world's name: '' for the page's main world, the extension's name for its content scripts. */
  world: string;
  origin: string;
  text: string;
}

/** What hostile.e2e needs from a page: made over CDP here, over WebDriver BiDi in inspect-firefox.ts. */
export interface PageProbe {
  /** Uncaught exceptions and console.error calls from any world of the page, in order. */
  errors: WorldError[];
  /** Evaluates an expression in the test's isolated world and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** What is inside the reader's shadow root (null when no reader is open). */
  reader(): Promise<ReaderReport | null>;
  close(): Promise<void>;
}

export interface ReaderReport {
  /** The host's `data-view`. */
  view: string | null;
  mode: string;
  /** Everything found inside the shadow root that page content must never bring there. */
  violations: string[];
  /** Every `href` of a link inside the reader. */
  links: (string | null)[];
  /** The `src` of every image the reader draws (figures only). */
  images: string[];
  text: string;
  elements: number;
}

interface ExecutionContextDescription {
  id: number;
  name: string;
  origin: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

/**
 * Runs inside the shadow root (as `this`), in the test's isolated world. Plain ES2020 with no closures: it is sent as
 * source text.
 */
export function inspectShadowRoot(this: ShadowRoot): Omit<ReaderReport, 'view' | 'mode'> {
  const FORBIDDEN = [
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'form',
    'input',
    'textarea',
    'select',
    'img',
    'picture',
    'source',
    'video',
    'audio',
    'track',
    'link',
    'meta',
    'base',
    'template',
    'noscript',
    'foreignobject',
    'use',
    'image',
    'animate',
    'set',
    'math',
    'portal',
  ];
  const URL_ATTRIBUTES = ['src', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'ping', 'codebase'];
  // The one image the reader draws: a figure's, built by Diglot with these attributes only, loaded lazily without a
  // referrer, from http(s) or a data: raster (issue 13). Any other <img>, or one with anything more, is page content.
  const FIGURE_ATTRIBUTES = ['src', 'alt', 'width', 'height', 'loading', 'decoding', 'referrerpolicy'];
  const ownFigure = (el: Element): boolean =>
    el.localName === 'img' &&
    el.parentElement?.localName === 'figure' &&
    el.parentElement.classList.contains('figure') &&
    Array.from(el.attributes).every((a) => FIGURE_ATTRIBUTES.includes(a.name.toLowerCase())) &&
    el.getAttribute('loading') === 'lazy' &&
    el.getAttribute('referrerpolicy') === 'no-referrer' &&
    /^(?:https?:|data:image\/(?:png|jpeg|gif|webp|avif|bmp)[;,])/i.test(el.getAttribute('src') ?? '');
  const violations: string[] = [];
  const elements = Array.from(this.querySelectorAll('*'));
  for (const el of elements) {
    const tag = el.localName.toLowerCase();
    if (ownFigure(el)) continue;
    if (FORBIDDEN.includes(tag)) violations.push(`<${tag}> element`);
    // The reader's own speaker icon is the one SVG allowed: inside its button, paths only.
    if (tag === 'svg') {
      const ownIcon =
        el.closest('button.speak') && Array.from(el.querySelectorAll('*')).every((c) => c.localName === 'path');
      if (!ownIcon) violations.push("<svg> that is not the reader's speaker icon");
    }
    if (tag === 'style' && /@import|url\s*\(/i.test(el.textContent ?? ''))
      violations.push('<style> with @import or url()');
    for (const attribute of Array.from(el.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) violations.push(`<${tag} ${name}>`);
      if (URL_ATTRIBUTES.includes(name) || name.endsWith(':href'))
        violations.push(`<${tag} ${name}="${attribute.value}">`);
      if (name === 'href' && tag !== 'a') violations.push(`<${tag} href="${attribute.value}">`);
      if (name === 'style' && /url\s*\(|@import|expression\s*\(/i.test(attribute.value)) {
        violations.push(`<${tag} style="${attribute.value}">`);
      }
    }
  }
  const links = Array.from(this.querySelectorAll('a')).map((a) => a.getAttribute('href'));
  for (const href of links) {
    let protocol = '';
    try {
      protocol = new URL(href ?? '').protocol;
    } catch {
      protocol = 'unparseable';
    }
    if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'mailto:')
      violations.push(`link to ${String(href)}`);
  }
  const sheets = (this as ShadowRoot & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
  for (const sheet of sheets) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (/^@import/i.test(rule.cssText) || /url\(\s*["']?(?!data:)/i.test(rule.cssText)) {
        violations.push(`adopted style rule ${rule.cssText.slice(0, 80)}`);
      }
    }
  }
  const images = Array.from(this.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? '');
  return { violations, links, images, text: this.textContent ?? '', elements: elements.length };
}

export async function probe(page: Page): Promise<PageProbe & { cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const errors: WorldError[] = [];
  const contexts = new Map<number, ExecutionContextDescription>();
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContextDescription }) => {
    contexts.set(context.id, context);
  });
  const describe = (id: number | undefined) => {
    const context = id === undefined ? undefined : contexts.get(id);
    return { world: context?.auxData?.isDefault ? '' : (context?.name ?? '?'), origin: context?.origin ?? '?' };
  };
  cdp.on(
    'Runtime.exceptionThrown',
    ({
      exceptionDetails,
    }: {
      exceptionDetails: { text: string; executionContextId?: number; exception?: { description?: string } };
    }) => {
      errors.push({
        ...describe(exceptionDetails.executionContextId),
        text: `${exceptionDetails.text} ${exceptionDetails.exception?.description ?? ''}`.trim(),
      });
    },
  );
  cdp.on(
    'Runtime.consoleAPICalled',
    ({
      type,
      args,
      executionContextId,
    }: {
      type: string;
      args: { value?: unknown; description?: string }[];
      executionContextId: number;
    }) => {
      if (type !== 'error' && type !== 'assert') return;
      errors.push({
        ...describe(executionContextId),
        text: args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? ''))).join(' '),
      });
    },
  );
  await cdp.send('Runtime.enable');
  await cdp.send('DOM.enable');

  let worldId: number | undefined;
  async function world(): Promise<number> {
    if (worldId !== undefined && contexts.has(worldId)) return worldId;
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const created = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'diglot-e2e-inspector',
    })) as { executionContextId: number };
    worldId = created.executionContextId;
    return worldId;
  }

  async function evaluate<T>(expression: string): Promise<T> {
    const result = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: await world(),
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(`inspector: ${result.exceptionDetails.text}`);
    return result.result.value;
  }

  async function reader(): Promise<ReaderReport | null> {
    const contextId = await world();
    const host = (await cdp.send('Runtime.evaluate', {
      expression: "document.querySelector('diglot-reader')",
      contextId,
    })) as { result: { objectId?: string; subtype?: string } };
    if (!host.result.objectId || host.result.subtype === 'null') return null;
    const view = await evaluate<string | null>("document.querySelector('diglot-reader').getAttribute('data-view')");
    const described = (await cdp.send('DOM.describeNode', {
      objectId: host.result.objectId,
      depth: 1,
      pierce: true,
    })) as { node: { shadowRoots?: { backendNodeId: number; shadowRootType?: string }[] } };
    const shadow = described.node.shadowRoots?.[0];
    if (!shadow)
      return {
        view,
        mode: 'none',
        violations: ['reader host without a shadow root'],
        links: [],
        images: [],
        text: '',
        elements: 0,
      };
    const resolved = (await cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      executionContextId: contextId,
    })) as { object: { objectId: string } };
    const report = (await cdp.send('Runtime.callFunctionOn', {
      objectId: resolved.object.objectId,
      functionDeclaration: inspectShadowRoot.toString(),
      returnByValue: true,
    })) as { result: { value: Omit<ReaderReport, 'view' | 'mode'> }; exceptionDetails?: { text: string } };
    if (report.exceptionDetails) throw new Error(`inspector: ${report.exceptionDetails.text}`);
    return { view, mode: shadow.shadowRootType ?? '?', ...report.result.value };
  }

  return { cdp, errors, evaluate, reader, close: () => cdp.detach() };
}
