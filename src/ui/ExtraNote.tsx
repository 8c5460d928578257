import { Rendered } from './Rendered';

/** Advice beyond the guide: always marked as such, with its source and the date it was checked. */
export function ExtraNote({ extra }: { extra: { text: string; source: string; asOf: string } }) {
  return (
    <p class="extra-note">
      <Rendered text={extra.text} />
      <span class="muted">
        （手引き外の補足。出典：{extra.source}、{extra.asOf}時点）
      </span>
    </p>
  );
}
