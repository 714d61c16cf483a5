import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup reads the current tab only after the user clicks the toolbar button.
    // storage: per-site view choices, settings and the clip library, all kept on this device.
    permissions: ['storage', 'activeTab'],
    action: {
      default_title: '__MSG_actionTitle__',
    },
    commands: {
      'cycle-view': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandCycleView__',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'diglot@diglot.invalid', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
