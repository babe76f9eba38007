// Code lint (`npm run lint`): ESLint's and typescript-eslint's recommended rules, minus what tsc
// already checks (unused names: noUnusedLocals/noUnusedParameters) and what would force rewrites of
// working code for no reader's benefit. Formatting is Prettier's job (`npm run format:check`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out*/**',
      'node_modules/**',
      'test/e2e-vscode/node_modules/**',
      'test/e2e-vscode/tools/**',
      'test/e2e-vscode/.run/**',
      'server/src/analysis/lexicon/data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: globals.node,
    },
    rules: {
      // tsc's noUnusedLocals/noUnusedParameters already refuse unused code.
      '@typescript-eslint/no-unused-vars': 'off',
      'no-unused-vars': 'off',
      // `a ? b() : c()` and `x && y()` as statements are idiomatic in this code's hot loops.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // Non-null assertions mark invariants the checks rely on (a kept reading exists for an index).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Control characters in regexes are deliberate (binary-text guards, prose masks).
      'no-control-regex': 'off',
      // `while (true)` loops with explicit breaks read better than contrived conditions.
      'no-constant-condition': ['error', { checkLoops: false }],
      // Empty catch blocks are used where a failure has a documented fallback.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // TypeScript checks names itself; ESLint's no-undef knows nothing of its types.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // The real-editor suite runs some functions in the browser page (page.evaluate).
    files: ['test/e2e-vscode/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
