// One linter for the whole tree: ESLint with typescript-eslint's type-aware-free recommended rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page HTML reaches the reader only through components/, never by innerHTML elsewhere.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes; page HTML must never be assigned (see README, Security).' },
        { property: 'outerHTML', message: 'Build DOM nodes; page HTML must never be assigned (see README, Security).' },
      ],
    },
  },
);
