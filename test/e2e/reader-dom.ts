/**
 * Runs test code inside the reader's closed shadow root. The page's scripts can never reach that root; the test can,
 * through the browser's automation protocol: it resolves the root into an isolated world of the test's own and calls
 * a function with the root as `this`. Functions are sent as source text, so they must not close over anything. This
 * file does it over CDP (Chromium); test/e2e/firefox.ts does the same over WebDriver BiDi.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';

export interface ReaderDom {
  /** Calls `fn` with the reader's shadow root as `this`; null when no reader is open. */
  run<T, A = undefined>(fn: (this: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null>;
  /** Runs axe-core on the reader as rendered (see `axeReader`) and returns its serious and critical violations. */
  axe(): Promise<{ id: string; impact: string; help: string; nodes: number }[]>;
  close(): Promise<void>;
}

/** axe-core's browser bundle, as source text to evaluate in a page. */
export function axeSource(): Promise<string> {
  return readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

export async function readerDom(page: Page): Promise<ReaderDom> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Runtime.enable');
  let contextId: number | undefined;

  async function world(): Promise<number> {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const created = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'diglot-e2e-reader',
    })) as { executionContextId: number };
    return (contextId = created.executionContextId);
  }

  async function shadowRootObject(): Promise<string | null> {
    const id = contextId ?? (await world());
    const host = (await cdp.send('Runtime.evaluate', {
      expression: "document.querySelector('diglot-reader')",
      contextId: id,
    })) as { result: { objectId?: string; subtype?: string } };
    if (!host.result.objectId || host.result.subtype === 'null') return null;
    const described = (await cdp.send('DOM.describeNode', {
      objectId: host.result.objectId,
      depth: 1,
      pierce: true,
    })) as { node: { shadowRoots?: { backendNodeId: number }[] } };
    const root = described.node.shadowRoots?.[0];
    if (!root) return null;
    const resolved = (await cdp.send('DOM.resolveNode', {
      backendNodeId: root.backendNodeId,
      executionContextId: id,
    })) as { object: { objectId: string } };
    return resolved.object.objectId;
  }

  async function run<T, A>(fn: (this: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
    const objectId = await shadowRootObject();
    if (!objectId) return null;
    const result = (await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: fn.toString(),
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (result.exceptionDetails) {
      throw new Error(
        `in the reader: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`,
      );
    }
    return result.result.value;
  }

  async function axe() {
    await cdp.send('Runtime.evaluate', { expression: await axeSource(), contextId: contextId ?? (await world()) });
    const found = await run(axeReader);
    return found ?? [];
  }

  return { run, axe, close: () => cdp.detach() };
}

/**
 * axe-core cannot walk into a closed shadow root, so it checks a faithful copy: the reader's DOM cloned into an open
 * shadow root on a host styled like the real one, sharing the very same style sheets, laid over the page exactly as
 * the reader is. Colours, sizes and the accessibility tree are those the user gets.
 */
export async function axeReader(
  this: ShadowRoot,
): Promise<{ id: string; impact: string; help: string; nodes: number }[]> {
  const axe = (globalThis as unknown as { axe: { run(ctx: Element, opts: object): Promise<AxeResult> } }).axe;
  interface AxeResult {
    violations: { id: string; impact: string; help: string; nodes: unknown[] }[];
  }
  const realHost = this.host as HTMLElement;
  const host = document.createElement('diglot-axe-copy');
  host.setAttribute('style', realHost.getAttribute('style') ?? '');
  const open = host.attachShadow({ mode: 'open' });
  open.adoptedStyleSheets = this.adoptedStyleSheets;
  for (const child of Array.from(this.childNodes)) open.appendChild(child.cloneNode(true));
  realHost.style.setProperty('visibility', 'hidden');
  document.documentElement.appendChild(host);
  try {
    const result = await axe.run(host, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  } finally {
    host.remove();
    realHost.style.removeProperty('visibility');
  }
}
