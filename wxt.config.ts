import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { francSubset } from './scripts/build/franc-subset';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the core in utils/ must read the same in Node (CLI, tests) as in the extension.
  imports: false,
  // Manifest V3 for Firefox too: one `browser.action` API and one permission model in both browsers.
  manifestVersion: 3,
  hooks: {
    // WXT takes the action's title from the popup's <title>; the toolbar tooltip says what a click does, localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      // The glance is the one script on every page. It is built as an unlisted script (entrypoints/glance.ts), not a
      // WXT content script: those come wrapped with a context object that pulls in the polyfill, three times the
      // glance's own size. It needs neither.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['glance.js'] },
      ];
    },
  },
  vite: () => ({
    // The language model's data, pruned to the languages Diglot reads (see the plugin).
    plugins: [preact(), francSubset()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: per-site view choices, settings and the clip library, all kept on this device.
    // scripting: load the pre-check only into pages the glance could not call one-language, and the parser and
    // reader only into pages the pre-check passed (or whose popup the user opened).
    // offscreen (Chromium only): the parse runs in a hidden extension page with a DOMParser, not on the page's main
    // thread (Firefox's background page has a DOM of its own).
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The same sites the glance runs on, no more: loading the pre-check and the reader into such a page needs it.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'cycle-view': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandCycleView__',
      },
    },
    // Extension pages run only the extension's own bundled scripts: no remote code, no eval, no inline scripts.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'diglot@diglot.invalid',
              // The oldest Firefox the e2e tests drive (Debian's firefox-esr); older releases are not proven to work.
              strict_min_version: '153.0',
              // Diglot collects and transmits nothing (Firefox's data-collection declaration).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
