/**
 * The background service worker: owns the toolbar badge and the keyboard command, and loads the detector's later
 * stages into pages: the pre-check where the glance was unsure, the reader where the pre-check said yes or the popup
 * opened. It never reads page content itself.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { contentScriptTab, isOwnSender, onMessage, sendMessage } from '../platform/messaging';
import { openPair } from '../platform/pair-tabs';
import { t } from '../platform/i18n';
import { PRECHECK_SCRIPT, READER_SCRIPT, loadIntoTab } from '../platform/load-stage';
import { parseStashed, prepareParser, stash, takePart } from '../platform/parse-away';
import { readSettings } from '../platform/settings-read';
import { badgeText, languageNames } from '../utils/badge';
import type { SenderLike } from '../utils/sender';
import { isStageMessage, type StageMessage, type StageReply } from '../utils/messages';

/** The glance was unsure, or the pre-check said yes: load the next stage, unless the user turned auto-detect off. */
async function nextStage(message: StageMessage, tabId: number): Promise<StageReply> {
  if (!(await readSettings()).autoDetect) return { loaded: false };
  if (message.diglot === 'candidate') prepareParser();
  const { loaded } = await loadIntoTab(tabId, message.diglot === 'glanced' ? PRECHECK_SCRIPT : READER_SCRIPT);
  return { loaded };
}

export default defineBackground(() => {
  // The glance and the pre-check send plain messages (no messaging library on every page); the library's own
  // listener ignores them, and this one ignores everything else.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isStageMessage(message)) return undefined;
    const tabId = contentScriptTab(sender);
    return tabId === undefined ? undefined : nextStage(message, tabId);
  });

  // The reader's parses: only from our own reader in a tab. The page's HTML comes in pieces and the article goes
  // back in parts, so no message is big enough to hold the page's main thread while it is (de)serialised.
  const fromReader = (sender: SenderLike): void => {
    if (contentScriptTab(sender) === undefined) throw new Error('unexpected sender');
  };
  onMessage('background:stash', ({ data, sender }) => (fromReader(sender), stash(data.id, data.text)));
  onMessage('background:parse', ({ data, sender }) => (fromReader(sender), parseStashed(data)));
  onMessage('background:part', ({ data, sender }) => (fromReader(sender), takePart(data.id, data.index)));

  // The popup opened (or two pages are to be read together): the reader answers the popup's questions.
  onMessage('background:ensureReader', ({ data, sender }) =>
    isOwnSender(sender) ? loadIntoTab(data.tabId, READER_SCRIPT) : { loaded: false, error: 'unexpected sender' },
  );

  // Only Diglot's own popup may ask: this opens a tab and reads a page, on the user's click and nothing else.
  onMessage('background:openPair', ({ data, sender }) =>
    isOwnSender(sender)
      ? openPair(data.tabId, data.target)
      : { status: null, failure: { kind: 'no-reader', reason: 'unexpected sender' } },
  );

  onMessage('background:detected', async ({ data, sender }) => {
    const tabId = contentScriptTab(sender);
    if (tabId === undefined) return;
    const [first, second] = data.languages;
    const found = data.bilingual && first !== undefined && second !== undefined;
    await browser.action.setBadgeText({ tabId, text: found ? badgeText(data.languages) : '' });
    if (found) await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f5d50' });
    const [a, b] = languageNames(data.languages, browser.i18n.getUILanguage());
    await browser.action.setTitle({
      tabId,
      title: found ? t('actionTitleDetected', [a ?? '', b ?? '']) : t('actionTitle'),
    });
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'cycle-view') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // A tab without our content script (a browser page) simply has no listener; nothing to do there.
    await sendMessage('content:cycleView', undefined, tab.id).catch(() => undefined);
  });
});
