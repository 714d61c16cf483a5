/** The clip library on `storage.local`: this device only, never synced, never sent. */
import { browser } from 'wxt/browser';
import { ClipLibrary, type KeyValueStore } from '../utils/clip-library';

const local: KeyValueStore = {
  get: (keys) => browser.storage.local.get(keys),
  set: (items) => browser.storage.local.set(items),
  remove: (keys) => browser.storage.local.remove(keys),
};

export const clipLibrary = new ClipLibrary(local);
