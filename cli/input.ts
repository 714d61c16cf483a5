/**
 * Reading the CLI's inputs: a file path, an http(s) URL, or `-` for stdin, decoded to text the way a browser would
 * (byte order mark, then the HTTP charset, then `<meta charset>`, else UTF-8), since Korean, Japanese and Chinese
 * news sites still serve EUC-KR, Shift_JIS and GB2312 pages.
 */
import { readFile } from 'node:fs/promises';

export interface LoadedInput {
  html: string;
  /** The page URL for URL inputs (after redirects). */
  url?: string;
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The charset a page declares in its first 1024 bytes (`<meta charset>` or `http-equiv` Content-Type). */
function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

function charsetOf(contentType: string | null | undefined): string | undefined {
  return contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  let label = charsetOf(contentType) ?? sniffMetaCharset(bytes) ?? 'utf-8';
  // A page cannot declare UTF-16 in a meta tag it wrote in ASCII; browsers read UTF-8 then (HTML spec, "prescan").
  if (/^utf-?16/i.test(label)) label = 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** An error message without Node's `, open 'path'` tail, since the CLI names the input itself. */
export function reason(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    const message = error.message.replace(/, (open|read|scandir|stat|mkdir)( '.*')?$/, '');
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${message} (${cause.message})` : message;
  }
  return String(error);
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export async function fetchPage(url: string, timeoutMs: number, userAgent: string): Promise<LoadedInput> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'follow',
    headers: { 'user-agent': userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type');
  if (type && !/html|xml|text\/plain/i.test(type)) throw new Error(`not an HTML page (${type})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { html: decodeHtml(bytes, type), url: response.url || url };
}

export async function loadInput(
  input: string,
  opts: { stdin: NodeJS.ReadableStream; timeoutMs: number; userAgent: string },
): Promise<LoadedInput> {
  if (input === '-') return { html: decodeHtml(await readStream(opts.stdin)) };
  if (isUrl(input)) return fetchPage(input, opts.timeoutMs, opts.userAgent);
  return { html: decodeHtml(await readFile(input)) };
}
