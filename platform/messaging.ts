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

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** True when a message comes from this extension (its pages, its background, or its content scripts). */
export function isOwnSender(sender: SenderLike): boolean {
  return sender.id === browser.runtime.id;
}
