import { BackupError } from './errors';

/** Longest string accepted anywhere in a backup (a very long record item still fits). */
export const MAX_STRING = 200_000;
/** Deepest nesting accepted (records are shallow; settings values a little deeper). */
export const MAX_DEPTH = 16;
/** Keys that could reach an object's prototype when copied naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks a parsed JSON value (without recursion) and refuses forbidden keys, huge strings
 * and deep nesting, before any schema code sees it. Throws BackupError('invalid').
 */
export function guardJson(root: unknown): void {
  const stack: { value: unknown; depth: number; path: string }[] = [
    { value: root, depth: 0, path: '' },
  ];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > MAX_STRING) throw new BackupError('invalid', path || '(root)');
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) throw new BackupError('invalid', path);
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, depth: depth + 1, path: `${path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key) || key.length > 200)
        throw new BackupError('invalid', `${path}.${key.slice(0, 40)}`);
      stack.push({
        value: (value as Record<string, unknown>)[key],
        depth: depth + 1,
        path: `${path}.${key}`,
      });
    }
  }
}
