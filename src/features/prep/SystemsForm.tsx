import type { SystemsProfile } from '../../storage';
import { PrepField } from './PrepField';
import { SYSTEMS_FIELDS as FIELDS } from './prep-labels';
import { useMessages } from '../../i18n/active';
import { prep } from '../../i18n/ja/prep';
import { SaveBar } from './SaveBar';
import { useSaveForm } from './useSaveForm';

type SystemsInput = Omit<SystemsProfile, 'updatedAt'>;
/** An empty システムと情報 (every answer open). */
export const BLANK_SYSTEMS: SystemsInput = {
  id: 'systems',
  kind: 'systems',
  systems: '',
  personalData: '',
  personalCount: '',
  cardData: '',
  myNumber: '',
  backups: '',
  lastRestoreTest: '',
  offlineCopy: '',
  networkCut: '',
  networkCutWho: '',
};
const check = (v: SystemsInput) => ({ values: v, problems: {} });
const LONG = FIELDS.filter((f) => f.kind === 'long').map((f) => f.key);

/** システムと情報: systems, personal data, backups, how to cut the network. */
export function SystemsForm({ stored }: { stored: SystemsProfile | null }) {
  const m = useMessages(prep);
  const hints = m.systemsHints as Partial<Record<string, string>>;
  const { values, set, save, state, error, problems, restored } = useSaveForm(
    stored,
    BLANK_SYSTEMS,
    check,
    LONG,
  );
  return (
    <form noValidate onSubmit={save} aria-labelledby="prep-systems-title">
      <h2 id="prep-systems-title">{m.parts.systems}</h2>
      <p class="muted small">{m.systemsIntro}</p>
      {FIELDS.map((f) => (
        <PrepField
          key={f.key}
          id={`systems-${f.key}`}
          label={m.systems[f.key]}
          kind={f.kind}
          hint={hints[f.key]}
          value={values[f.key]}
          onValue={set(f.key)}
          error={problems[f.key]}
        />
      ))}
      <SaveBar state={state} error={error} restored={restored} />
    </form>
  );
}
