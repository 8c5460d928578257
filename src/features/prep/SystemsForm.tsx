import type { SystemsProfile } from '../../storage';
import { PrepField } from './PrepField';
import { SYSTEMS_FIELDS as FIELDS } from './prep-labels';
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
  const { values, set, save, state, error, problems, restored } = useSaveForm(
    stored,
    BLANK_SYSTEMS,
    check,
    LONG,
  );
  return (
    <form noValidate onSubmit={save} aria-labelledby="prep-systems-title">
      <h2 id="prep-systems-title">システムと情報</h2>
      <p class="muted small">
        対応記録の「システム構成・運用状況」に使います。わかるところだけで構いません。
      </p>
      {FIELDS.map((f) => (
        <PrepField
          key={f.key}
          id={`systems-${f.key}`}
          label={f.label}
          kind={f.kind}
          hint={f.hint}
          value={values[f.key]}
          onValue={set(f.key)}
          error={problems[f.key]}
        />
      ))}
      <SaveBar state={state} error={error} restored={restored} />
    </form>
  );
}
