// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** The zustand and idb doors, for every file. */
const DOORS = [
  { name: 'zustand', message: 'Import state through src/app/store.ts.', allowTypeImports: true },
  { name: 'idb', message: 'Only src/storage talks to IndexedDB.', allowTypeImports: true },
];
const ZUSTAND = { group: ['zustand/*'], message: 'Import state through src/app/store.ts.' };
const STORAGE = {
  group: ['**/storage', '**/storage/*'],
  message: 'Views call store actions; only slices (slice.ts, *-slice.ts) import src/storage.',
  allowTypeImports: true,
};
const STORE = {
  group: ['**/app/store'],
  message: 'src/ui is presentational: take data and callbacks as props.',
  allowTypeImports: true,
};
/** Files that may import src/storage: the store's slices and tests. */
const SLICES_AND_TESTS = [
  '**/slice.ts',
  '**/*-slice.ts',
  // Plain modules of a feature's reads and writes (no state of their own).
  'src/features/home/open-incidents.ts',
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/test-*.ts',
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // State and storage each have one door: only src/app/store.ts imports zustand,
      // only src/storage imports idb.
      'no-restricted-imports': ['error', { paths: DOORS, patterns: [ZUSTAND] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Views call store actions; only slices (and tests) talk to src/storage. src/ui is
  // presentational: no store either. (Each block repeats the zustand/idb doors, because a
  // later block's options replace the earlier ones.)
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: SLICES_AND_TESTS,
    rules: { 'no-restricted-imports': ['error', { paths: DOORS, patterns: [ZUSTAND, STORAGE] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: SLICES_AND_TESTS,
    rules: {
      'no-restricted-imports': ['error', { paths: DOORS, patterns: [ZUSTAND, STORAGE, STORE] }],
    },
  },
  {
    files: SLICES_AND_TESTS.map((f) => `src/ui/${f}`),
    rules: { 'no-restricted-imports': ['error', { paths: DOORS, patterns: [ZUSTAND, STORE] }] },
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
  {
    // Storage imports nothing from above it: of the rest of src, only the pure helpers of lib.
    files: ['src/storage/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zustand', message: 'Import state through src/app/store.ts.' }],
          patterns: [
            {
              group: ['../*', '!../lib', '!../lib/*'],
              message: 'src/storage imports nothing from above it (only src/lib).',
            },
          ],
        },
      ],
    },
  },
);
