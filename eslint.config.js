// ESLint 9 flat config: typescript-eslint's recommended rules everywhere, plus the rules that keep
// an extension safe on hostile pages: no eval in any form, and, in src/, no HTML parsed from strings
// (tests may still load fixtures with innerHTML).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Do not assign HTML strings: build nodes (textContent, createElement) or use preact.',
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[computed=true][property.value=/^(innerHTML|outerHTML)$/]",
    message: 'Do not assign HTML strings: build nodes (textContent, createElement) or use preact.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]",
    message: 'Do not parse HTML strings: build nodes (textContent, createElement) or use preact.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'document.write is banned.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Do not render HTML strings: let preact build the nodes.',
  },
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-firefox/', '.tmp/', 'bench/results/', '**/*.tmp.*'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Style only: `\-` in a character class is harmless and some find it clearer.
      'no-useless-escape': 'warn',
    },
  },
  {
    // Page scripts in tests reach into window and fixture objects loosely typed on purpose.
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // EMOJI_LIKE lists single code points (VS16, ZWJ, skin tones) in a class on purpose.
    files: ['src/core/text/x-weighted-length.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
    },
  },
);
