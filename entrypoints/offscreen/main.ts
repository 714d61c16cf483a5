/**
 * Chromium's offscreen document: a hidden extension page, in the extension's own process, where the parser runs with
 * the browser's DOMParser (a service worker has none). The background opens it for a parse and closes it when idle.
 */
import { onMessage } from '../../platform/messaging';
import { runParseRequest } from '../../utils/parse-request';
import { isOwnSender } from '../../platform/messaging';

const parser = new DOMParser();
onMessage('offscreen:parse', ({ data, sender }) => (isOwnSender(sender) ? runParseRequest(data, parser) : null));
