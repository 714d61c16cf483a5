import { describe, expect, test } from 'vitest';
import { isOwnSender, senderTab } from '../../utils/sender';

const OWN = 'abcdefghijklmnopabcdefghijklmnop';

describe('isOwnSender', () => {
  test('accepts messages the browser attributes to this extension', () => {
    expect(isOwnSender({ id: OWN, url: `chrome-extension://${OWN}/popup.html` }, OWN)).toBe(true);
  });

  test('drops messages from another extension or with no sender id', () => {
    expect(isOwnSender({ id: 'otherextensionidotherextensionid' }, OWN)).toBe(false);
    expect(isOwnSender({}, OWN)).toBe(false);
    expect(isOwnSender({ id: undefined, tab: { id: 3 } }, OWN)).toBe(false);
  });
});

describe('senderTab', () => {
  test('names the tab of our own content script', () => {
    expect(senderTab({ id: OWN, tab: { id: 7 } }, OWN)).toBe(7);
  });

  test('is undefined for our extension pages (no tab) and for other senders in a tab', () => {
    expect(senderTab({ id: OWN }, OWN)).toBeUndefined();
    expect(senderTab({ id: 'intruder', tab: { id: 7 } }, OWN)).toBeUndefined();
    expect(senderTab({ id: OWN, tab: { id: -1 } }, OWN)).toBeUndefined();
  });
});
