import { LIMITS } from '../../lib/limits';
import type { Problems } from './useSaveForm';

/**
 * The text fields of a 備え form longer than they may be stored (a paste or a kept draft can
 * pass the input's maxlength): a backup must be able to restore whatever is saved.
 */
export function limitProblems(values: object, long: readonly string[]): Problems {
  const problems: Problems = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string') continue;
    const limit = long.includes(key) ? LIMITS.note : LIMITS.line;
    if (value.length > limit) {
      problems[key] =
        `${limit.toLocaleString('ja-JP')}文字以内にしてください（いま ${value.length.toLocaleString('ja-JP')}文字）。`;
    }
  }
  return problems;
}
