import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: the core in utils/ must read the same in Node (CLI, tests) as in the extension.
  imports: false,
  hooks: {
    // WXT takes the action's title from the popup's <title>; the toolbar tooltip says what a click does, localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup reads the current tab only after the user clicks the toolbar button.
    // storage: per-site view choices, settings and the clip library, all kept on this device.
    // scripting: inject the parser and reader only into pages whose pre-check found a possible bilingual article.
    permissions: ['storage', 'activeTab', 'scripting'],
    // The same sites the detector's content script runs on, no more: injecting the reader into such a page needs it.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'cycle-view': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandCycleView__',
      },
    },
    content_security_policy:
      browser === 'firefox' ? undefined : { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'diglot@diglot.invalid', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
