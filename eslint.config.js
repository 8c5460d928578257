// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // State and storage each have one door: only src/app/store.ts imports zustand,
      // only src/storage imports idb.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zustand',
              message: 'Import state through src/app/store.ts.',
              allowTypeImports: true,
            },
            {
              name: 'idb',
              message: 'Only src/storage talks to IndexedDB.',
              allowTypeImports: true,
            },
          ],
          patterns: [{ group: ['zustand/*'], message: 'Import state through src/app/store.ts.' }],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/app/store.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zustand', message: 'Import state through src/app/store.ts.' }] },
      ],
    },
  },
);
