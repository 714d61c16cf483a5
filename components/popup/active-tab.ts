import { browser } from 'wxt/browser';

/**
 * The tab the popup is about. Normally the active tab of the current window; the e2e tests open the popup page as a
 * tab of its own and name the page's tab with `?tab=<id>`, since a headless browser has no toolbar to click.
 */
export async function activeTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
