// @vitest-environment node
// The English and やさしい日本語 catalogues are lazy chunks (active.ts loads them), which the
// precache plan puts in its languages step. A module that imports one statically takes it out
// of that step: Rollup then emits the catalogue as a plain shared chunk with no facade, and
// src/pwa/precache-plan.ts stores such a chunk at install (the English export's reporting
// words once pushed the install step over its 150 KB budget this way). Code outside src/i18n
// loads them with import() instead (see features/reporting/outline-words.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const src = resolve(root, 'src');
const otherLanguages = /^src\/i18n\/(en|ja-easy)\//;

// Static imports that were there before this test: each keeps a catalogue in the install
// step (src/export: the builders' summary words; content-in: the names of types and causes).
const KNOWN = [
  'src/export/summary-words.ts → src/i18n/en/export-summary',
  'src/export/summary-words.ts → src/i18n/ja-easy/export-summary',
  'src/features/export/content-in.ts → src/i18n/en/home',
  'src/features/export/content-in.ts → src/i18n/ja-easy/home',
];

/** Every module of src (tests and the other languages' catalogues themselves aside). */
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return modules(path);
    const isTest = /\.test\.tsx?$/.test(e.name) || e.name === 'test-setup.ts';
    return /\.tsx?$/.test(e.name) && !isTest ? [path] : [];
  });
}

/** The paths a module imports as values (`import type` and `export type` are erased). */
const valueImports = (source: string): string[] =>
  [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map(
    (m) => m[1]!,
  );

describe('the other languages’ catalogues', () => {
  it('are imported statically by no module outside them (import() only)', () => {
    const found: string[] = [];
    for (const file of modules(src)) {
      const from = relative(root, file);
      if (otherLanguages.test(from)) continue;
      for (const spec of valueImports(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = relative(root, resolve(dirname(file), spec)).replace(/\.tsx?$/, '');
        if (otherLanguages.test(target)) found.push(`${from} → ${target}`);
      }
    }
    expect(found.sort()).toEqual([...KNOWN].sort());
  });
});
