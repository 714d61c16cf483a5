/**
 * How much text a batch of DOM changes brought: the length of every added node's text, leaving out changes inside
 * nodes `ignore` names (Diglot's own reader). The glance looks at a page again only once it has gained a paragraph's
 * worth, so ads, lazy images, clocks and tickers, which add a few words at most, never cost a second look.
 */
export function addedText(
  records: Iterable<Pick<MutationRecord, 'target' | 'addedNodes'>>,
  ignore: (node: Node) => boolean,
): number {
  let chars = 0;
  for (const r of records) {
    if (ignore(r.target)) continue;
    for (const node of r.addedNodes) chars += node.textContent?.length ?? 0;
  }
  return chars;
}
