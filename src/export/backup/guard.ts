import { BackupError } from './errors';

/** Deepest nesting accepted (records are shallow; settings values a little deeper). */
export const MAX_DEPTH = 16;
/** Keys that could reach an object's prototype when copied naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A node still to visit; its path is rebuilt from the parents only when it is refused. */
interface Node {
  value: unknown;
  depth: number;
  key: string;
  parent: Node | null;
}

const pathOf = (node: Node | null): string =>
  node === null ? '' : `${pathOf(node.parent)}${node.key}`;

/**
 * Walks a parsed JSON value (without recursion) and refuses forbidden keys, long keys
 * and deep nesting, before any schema code sees it. Throws BackupError('invalid').
 * Strings are measured by each record's schema, so an over-long one is named, not fatal.
 */
export function guardJson(root: unknown): void {
  const stack: Node[] = [{ value: root, depth: 0, key: '', parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value, depth } = node;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) throw new BackupError('invalid', pathOf(node));
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object')
          stack.push({ value: item, depth: depth + 1, key: `[${i}]`, parent: node });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key) || key.length > 200)
        throw new BackupError('invalid', `${pathOf(node)}.${key.slice(0, 40)}`);
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth: depth + 1, key: `.${key}`, parent: node });
    }
  }
}
