// @vitest-environment node
// Export turns a record into text; it never touches the database (docs/ARCHITECTURE.md):
// from src/storage it takes types and pure modules only, never one that opens IndexedDB.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');
const exportDir = resolve(root, 'src/export');

/** Every module of src/export (tests and their fixtures aside). */
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return modules(path);
    const isTest = /\.test\.tsx?$/.test(e.name) || /fixture/.test(e.name);
    return /\.tsx?$/.test(e.name) && !isTest ? [path] : [];
  });
}

/** The paths a module imports as values (`import type` and `export type` are erased). */
const valueImports = (source: string): string[] =>
  [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map(
    (m) => m[1]!,
  );

/** True for a storage module that reaches IndexedDB (it imports idb or the db module). */
const opensDatabase = (file: string): boolean =>
  valueImports(readFileSync(file, 'utf8')).some((spec) => spec === 'idb' || spec === './db');

describe('src/export and storage', () => {
  it('imports from src/storage only types and modules that never open the database', () => {
    const offending: string[] = [];
    for (const file of modules(exportDir)) {
      for (const spec of valueImports(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        if (!relative(root, target).startsWith('src/storage')) continue;
        if (opensDatabase(`${target}.ts`))
          offending.push(`${relative(root, file)} → ${relative(root, target)}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
