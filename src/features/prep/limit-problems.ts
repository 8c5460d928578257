import { LIMITS } from '../../lib/limits';
import { messagesOf } from '../../i18n/active';
import { prep } from '../../i18n/ja/prep';
import type { Problems } from './useSaveForm';

/**
 * The text fields of a 備え form longer than they may be stored (a paste or a kept draft can
 * pass the input's maxlength): a backup must be able to restore whatever is saved.
 */
export function limitProblems(values: object, long: readonly string[]): Problems {
  const m = messagesOf(prep);
  const problems: Problems = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string') continue;
    const limit = long.includes(key) ? LIMITS.note : LIMITS.line;
    if (value.length > limit) {
      problems[key] = m.tooLong(limit, value.length);
    }
  }
  return problems;
}
