import type { Audience } from '../../export/types';

const CHOICES: [Audience, string][] = [
  ['one', 'ひとりの方へ（影響を受けた方が一人）'],
  ['many', '関係者の皆様へ（影響を受けた方が複数）'],
];

/** Who the 第一報 is written for; an edited draft keeps her text until she remakes it. */
export function AudiencePicker({
  value,
  onChange,
  edited,
}: {
  value: Audience;
  onChange: (a: Audience) => void;
  edited: boolean;
}) {
  return (
    <fieldset class="share-kinds">
      <legend>宛先</legend>
      {CHOICES.map(([a, label]) => (
        <label key={a} class="share-kind">
          <input
            type="radio"
            name="audience"
            value={a}
            checked={value === a}
            onChange={() => onChange(a)}
          />
          <span>{label}</span>
        </label>
      ))}
      {edited && (
        <p class="muted small">
          書き直した文章はそのままです。宛先に合わせた文章にするには「記録から作り直す」を押してください。
        </p>
      )}
    </fieldset>
  );
}
