/**
 * The images of an article, as Readability keeps them: each one's address (one, chosen from `srcset` and
 * `<picture>`), its `alt`, its size, and where it stands in the page. Tracking pixels, icons and what the reader may not
 * load (see urls.ts) are left out.
 */
import type { FigureInfo } from '../contract';
import { cleanText } from '../dom/blocks';
import { upperTagName } from '../dom/tag-name';
import { NEVER_TEXT, isHidden } from '../dom/tags';
import { walk } from '../dom/walk';
import { safeImageSrc } from './urls';

export interface FoundFigure {
  /** Document-order key of the `<img>` in the original page. */
  order: number;
  info: FigureInfo;
  /** Every address the page offers for the image (to tell the same photo printed twice). */
  addresses: string[];
  /** The `<figure>` (or the image's own wrapper) in the ORIGINAL page: captions inside it belong to the image. */
  holder: Element | null;
}

/** The width a figure is shown at, in device pixels: both columns of the reader on a 1.5x screen. */
const TARGET_WIDTH = 1200;
/** Images this small are icons, spacers or tracking pixels, not article figures. */
const MIN_SIDE = 48;

interface Candidate {
  url: string;
  /** Width in pixels (`800w`), or density times 1000 (`2x`) when `x` is set. */
  size: number;
  density: boolean;
}

/** The candidates of a `srcset` (`a.jpg 480w, b.jpg 960w` or `a.jpg 1x, b.jpg 2x`). */
export function parseSrcset(srcset: string): Candidate[] {
  const out: Candidate[] = [];
  // URLs may hold commas (`/c_fill,w_480/a.jpg`): a candidate ends at a comma followed by space or at the end.
  for (const part of srcset.split(/,\s+|,$/)) {
    const [url, descriptor] = part.trim().split(/\s+/, 2);
    if (!url) continue;
    const m = /^([\d.]+)([wx])$/.exec(descriptor ?? '1x');
    if (!m) continue;
    const value = Number(m[1]);
    out.push({ url, size: m[2] === 'w' ? value : value * 1000, density: m[2] === 'x' });
  }
  return out;
}

/** The candidate to load: the smallest that fills the target width, else the largest (for densities: 2x, else the best). */
export function pickCandidate(candidates: Candidate[]): Candidate | undefined {
  if (candidates.length === 0) return undefined;
  const sorted = [...candidates].sort((a, b) => a.size - b.size);
  const target = sorted[0]!.density ? 2000 : TARGET_WIDTH;
  return sorted.find((c) => c.size >= target) ?? sorted[sorted.length - 1];
}

function numberAttr(el: Element, name: string): number | undefined {
  const v = Number.parseInt(el.getAttribute(name) ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

/** The `<source>` sets of the image's `<picture>` (those for a media query too: the reader shows one size). */
function pictureSets(img: Element): string[] {
  const picture = img.parentElement;
  if (!picture || upperTagName(picture) !== 'PICTURE') return [];
  const out: string[] = [];
  for (let s = picture.firstElementChild; s; s = s.nextElementSibling) {
    if (upperTagName(s) !== 'SOURCE') continue;
    const type = s.getAttribute('type') ?? '';
    // A format the browser may not decode (JPEG XL) is skipped; the `<img>` itself is always there to fall back on.
    if (type && !/^image\/(?:avif|webp|jpeg|png|gif)$/i.test(type)) continue;
    const set = s.getAttribute('srcset');
    if (set) out.push(set);
  }
  return out;
}

/** The figure of one `<img>` of Readability's article, or null when it is no article image. */
export function figureOf(img: Element, base: string | undefined): { info: FigureInfo; addresses: string[] } | null {
  const width = numberAttr(img, 'width');
  const height = numberAttr(img, 'height');
  if ((width !== undefined && width < MIN_SIDE) || (height !== undefined && height < MIN_SIDE)) return null;
  const candidates = [...pictureSets(img), img.getAttribute('srcset') ?? ''].flatMap(parseSrcset);
  const safe = candidates.filter((c) => safeImageSrc(c.url, base) !== null);
  const src = img.getAttribute('src') ?? '';
  const chosen = pickCandidate(safe);
  const url = chosen ? safeImageSrc(chosen.url, base) : safeImageSrc(src, base);
  if (!url) return null;
  const addresses = [url, ...safe.map((c) => safeImageSrc(c.url, base)!)];
  const plain = safeImageSrc(src, base);
  if (plain) addresses.push(plain);
  const info: FigureInfo = { src: url, alt: cleanText(img.getAttribute('alt') ?? '') };
  if (width !== undefined) info.width = width;
  if (height !== undefined) info.height = height;
  return { info, addresses: [...new Set(addresses)] };
}

/** An image left out of the page's text by a hidden or never-text ancestor (an `<svg>`, a `<noscript>` copy). */
function outOfText(img: Element, root: Element): boolean {
  for (let n: Element | null = img; n && n !== root; n = n.parentElement) {
    if (NEVER_TEXT.has(upperTagName(n)) || isHidden(n)) return true;
  }
  return false;
}

/**
 * The images of Readability's article `content`, in order. `orderOf` and `originalOf` map an element of Readability's
 * output back to the page (see extract.ts); `base` resolves relative addresses.
 */
export function findFigures(
  content: Element,
  orderOf: (el: Element) => number | undefined,
  originalOf: (el: Element) => Element | null,
  base: string | undefined,
): FoundFigure[] {
  const out: FoundFigure[] = [];
  // The order of an image is that of the last element of the page met before it, as blocks take theirs
  // (dom/blocks.ts): Readability wraps parts of the article in elements of its own, and replaces lazy images by the
  // copy in their <noscript>, so an image or its wrapper need not be one of the page's elements.
  let last = orderOf(content) ?? 0;
  const images: Array<{ img: Element; order: number }> = [];
  walk(content, {
    enter: (el) => {
      const o = orderOf(el);
      if (o !== undefined) last = o;
      if (upperTagName(el) === 'IMG') images.push({ img: el, order: last });
    },
  });
  for (const { img, order } of images) {
    if (outOfText(img, content)) continue;
    const found = figureOf(img, base);
    if (!found) continue;
    const original = originalOf(img);
    let holder: Element | null = null;
    for (let n = original?.parentElement ?? null; n && !holder; n = n.parentElement) {
      if (upperTagName(n) === 'FIGURE') holder = n;
    }
    // No <figure>: the wrapper the site put around the image and its caption (`div.photo > img + p.caption`).
    if (!holder && original?.parentElement) {
      const parent = original.parentElement;
      holder = upperTagName(parent) === 'A' || upperTagName(parent) === 'PICTURE' ? parent.parentElement : parent;
    }
    out.push({ order, ...found, holder });
  }
  return out;
}
