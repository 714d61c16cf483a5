// One linter for the whole tree: ESLint with typescript-eslint's type-aware-free recommended rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'test-results/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page HTML never becomes markup: no assigning innerHTML/outerHTML, no insertAdjacentHTML, no
      // dangerouslySetInnerHTML. Reading them (tests compare a page before and after) is fine.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Build DOM nodes or Preact text; page HTML must never be assigned (see README, Security).',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Build DOM nodes or Preact text; page HTML must never be inserted (see README, Security).',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text; page HTML must never be inserted (see README, Security).',
        },
      ],
    },
  },
);
