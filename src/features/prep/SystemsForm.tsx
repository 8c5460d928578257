import type { SystemsProfile } from '../../storage';
import { PrepField } from './PrepField';
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

type Kind = 'text' | 'date' | 'long' | 'yes-no';
/** The fields in order: what each asks and how. */
const FIELDS: {
  key: Exclude<keyof SystemsInput, 'id' | 'kind'>;
  label: string;
  kind: Kind;
  hint?: string;
}[] = [
  {
    key: 'systems',
    label: '重要なシステム・サービス',
    kind: 'long',
    hint: '例: 販売管理（社内サーバ）、会計（クラウド）、Webサイト（レンタルサーバ）',
  },
  {
    key: 'personalData',
    label: '個人情報の保管場所',
    kind: 'long',
    hint: '例: 顧客名簿（販売管理サーバ）、従業員名簿（総務のPC）',
  },
  { key: 'personalCount', label: '個人情報のおおよその人数', kind: 'text', hint: '例: 約3,000人' },
  { key: 'cardData', label: 'クレジットカード情報を持っているか', kind: 'yes-no' },
  { key: 'myNumber', label: 'マイナンバーを扱っているか', kind: 'yes-no' },
  { key: 'backups', label: 'バックアップの場所', kind: 'long' },
  { key: 'lastRestoreTest', label: '最後に復元（リストア）を試した日', kind: 'date' },
  { key: 'offlineCopy', label: 'ネットワークから切り離したバックアップのコピー', kind: 'yes-no' },
  {
    key: 'networkCut',
    label: 'ネットワークの切り方',
    kind: 'long',
    hint: 'どのケーブル・ルーター・Wi-Fiを、どう切るか',
  },
  { key: 'networkCutWho', label: 'ネットワークを切ってよい人', kind: 'text' },
];

/** システムと情報: systems, personal data, backups, how to cut the network. */
export function SystemsForm({ stored }: { stored: SystemsProfile | null }) {
  const { values, set, save, state, error } = useSaveForm(stored, BLANK_SYSTEMS, check);
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
        />
      ))}
      <SaveBar state={state} error={error} />
    </form>
  );
}
