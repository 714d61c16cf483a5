/**
 * The background service worker: owns the toolbar badge and the keyboard command, and injects the reader into pages
 * whose pre-check said yes. It never reads page content itself.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { contentScriptTab, isOwnSender, onMessage, sendMessage } from '../platform/messaging';
import { openPair } from '../platform/pair-tabs';
import { t } from '../platform/i18n';
import { badgeText, languageNames } from '../utils/badge';

// Built by WXT from entrypoints/reader.content/ (registration: 'runtime'), so it is not in the manifest's content scripts.
const READER_SCRIPT = '/content-scripts/reader.js';

export default defineBackground(() => {
  onMessage('background:loadReader', async ({ sender }) => {
    const tabId = contentScriptTab(sender);
    if (tabId === undefined) return { loaded: false, error: 'unexpected sender' };
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
      return { loaded: true };
    } catch (error) {
      return { loaded: false, error: String(error) };
    }
  });

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
