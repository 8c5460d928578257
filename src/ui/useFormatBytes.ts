import { formatBytes } from '../lib/bytes';
import { useMessages } from '../i18n/active';
import { ui } from '../i18n/ja/ui';

/** `formatBytes` in the language on screen (「820 バイト」, 「820 bytes」, 「1.5 KB」). */
export function useFormatBytes(): (size: number) => string {
  const m = useMessages(ui);
  return (size) => formatBytes(size, m);
}
