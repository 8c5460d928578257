import { useMessages } from '../../i18n/active';
import { exportPage } from '../../i18n/ja/export';
import type { Audience } from '../../export/types';

const AUDIENCES: Audience[] = ['one', 'many'];

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
  const m = useMessages(exportPage);
  return (
    <fieldset class="share-kinds">
      <legend>{m.audienceLegend}</legend>
      {AUDIENCES.map((a) => (
        <label key={a} class="share-kind">
          <input
            type="radio"
            name="audience"
            value={a}
            checked={value === a}
            onChange={() => onChange(a)}
          />
          <span>{m.audiences[a]}</span>
        </label>
      ))}
      {edited && <p class="muted small">{m.audienceEdited}</p>}
    </fieldset>
  );
}
