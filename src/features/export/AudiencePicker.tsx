import { useMessages } from '../../i18n/active';
import { exportPage } from '../../i18n/ja/export';
import type { Audience } from '../../export/types';
import { ChoiceGroup } from './ChoiceGroup';

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
    <ChoiceGroup
      legend={m.audienceLegend}
      name="audience"
      choices={AUDIENCES.map((a) => ({ value: a, label: m.audiences[a] }))}
      value={value}
      onChange={onChange}
    >
      {edited && <p class="muted small">{m.audienceEdited}</p>}
    </ChoiceGroup>
  );
}
