import { formatJst } from '../lib/jst';
import { useMessages } from '../i18n/active';
import { ui } from '../i18n/ja/ui';

/** `formatJst` with the weekday in the language on screen (「2026/11/25(水) 21:05」, 「(Wed)」). */
export function useFormatJst(): (iso: string | undefined | null) => string {
  const { weekdays: w } = useMessages(ui);
  const weekdays = [w.sun, w.mon, w.tue, w.wed, w.thu, w.fri, w.sat];
  return (iso) => formatJst(iso, weekdays);
}
