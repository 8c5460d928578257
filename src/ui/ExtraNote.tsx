import { Rendered } from './Rendered';
import { useMessages } from '../i18n/active';
import { ui } from '../i18n/ja/ui';

/** Advice beyond the guide: always marked as such, with its source and the date it was checked. */
export function ExtraNote({ extra }: { extra: { text: string; source: string; asOf: string } }) {
  const m = useMessages(ui);
  return (
    <p class="extra-note">
      <Rendered text={extra.text} />
      <span class="muted">{m.extra(extra.source, extra.asOf)}</span>
    </p>
  );
}
