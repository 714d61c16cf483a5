/**
 * Which addresses from a page the reader may use. A link may open an `http(s)` page or write a `mailto:` mail; an
 * image may load from `http(s)` or be a `data:` raster. Nothing else: `javascript:` runs code, `data:text/html` and
 * `data:image/svg+xml` are documents that can, `blob:` and `file:` reach what the page should not. The parser keeps
 * only such addresses and the reader checks them again, because a clip imported from a file is not the parser's.
 */

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
const DATA_RASTER = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif|bmp)(?:;[\w=.+-]+)*,/i;
/** A `data:` image this short is a lazy-loading placeholder (a transparent pixel), not the picture. */
const MIN_DATA_LENGTH = 200;

/** `raw` resolved against `base` (an absolute address as it is when there is no base); null when unusable. */
export function absoluteUrl(raw: string, base: string | undefined): URL | null {
  const value = raw.trim();
  if (!value) return null;
  try {
    return base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
}

/** The link target to keep: absolute `http(s)` or `mailto:`, else null. */
export function safeHref(raw: string, base?: string): string | null {
  const url = absoluteUrl(raw, base);
  return url && LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/** The image address to keep: absolute `http(s)`, or a `data:` raster image; else null. */
export function safeImageSrc(raw: string, base?: string): string | null {
  const value = raw.trim();
  if (/^data:/i.test(value)) return DATA_RASTER.test(value) && value.length >= MIN_DATA_LENGTH ? value : null;
  const url = absoluteUrl(value, base);
  return url && IMAGE_PROTOCOLS.has(url.protocol) ? url.href : null;
}
