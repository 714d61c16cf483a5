/**
 * The typed message channel between the popup, the background and the content script.
 *
 * The names and payloads live in `utils/messages.ts`; this file binds them to the extension runtime. Every
 * listener checks its sender with `isOwnSender`: a web page cannot post into `runtime.onMessage`, but another
 * extension can try, and only our own contexts may drive Diglot.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ProtocolMap } from '../utils/messages';
import { isOwnSender as isOwn, senderTab, type SenderLike } from '../utils/sender';

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** True when a message comes from this extension (its pages, its background, or its content scripts). */
export function isOwnSender(sender: SenderLike): boolean {
  return isOwn(sender, browser.runtime.id);
}

/** The tab a message from our content script speaks for; undefined for any other sender. */
export function contentScriptTab(sender: SenderLike): number | undefined {
  return senderTab(sender, browser.runtime.id);
}
