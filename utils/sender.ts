/**
 * Who may drive Diglot. Web pages cannot reach `runtime.onMessage` at all (Diglot declares no
 * `externally_connectable`), and other extensions' messages arrive on `onMessageExternal`, which Diglot does not
 * listen to. This check is the second wall: a message is acted on only when the browser says it comes from this
 * extension, and messages that speak for a tab must come from a content script in that tab.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** True when the browser reports the sender as this extension (its pages, background or content scripts). */
export function isOwnSender(sender: SenderLike, ownId: string): boolean {
  return typeof sender.id === 'string' && sender.id === ownId;
}

/** The tab a content-script message speaks for, or undefined when the sender is not our content script in a tab. */
export function senderTab(sender: SenderLike, ownId: string): number | undefined {
  if (!isOwnSender(sender, ownId)) return undefined;
  const id = sender.tab?.id;
  return typeof id === 'number' && id >= 0 ? id : undefined;
}
