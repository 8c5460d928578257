import type { SystemsProfile } from '../../storage';
import { PrepField } from './PrepField';
import { SaveBar } from './SaveBar';
import { useSaveForm } from './useSaveForm';

type SystemsInput = Omit<SystemsProfile, 'updatedAt'>;
const BLANK: SystemsInput = {
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

/** システムと情報: systems, personal data, backups, how to cut the network. */
export function SystemsForm({ stored }: { stored: SystemsProfile | null }) {
  const { values, set, save, state, error } = useSaveForm(stored, BLANK, check);
  return (
    <form noValidate onSubmit={save} aria-labelledby="prep-systems-title">
      <h2 id="prep-systems-title">システムと情報</h2>
      <p class="muted small">
        対応記録の「システム構成・運用状況」に使います。わかるところだけで構いません。
      </p>
      <PrepField
        id="systems-list"
        label="重要なシステム・サービス"
        kind="long"
        value={values.systems}
        onValue={set('systems')}
        hint="例: 販売管理（社内サーバ）、会計（クラウド）、Webサイト（レンタルサーバ）"
      />
      <PrepField
        id="systems-personal"
        label="個人情報の保管場所"
        kind="long"
        value={values.personalData}
        onValue={set('personalData')}
        hint="例: 顧客名簿（販売管理サーバ）、従業員名簿（総務のPC）"
      />
      <PrepField
        id="systems-count"
        label="個人情報のおおよその人数"
        value={values.personalCount}
        onValue={set('personalCount')}
        hint="例: 約3,000人"
      />
      <PrepField
        id="systems-card"
        label="クレジットカード情報を持っているか"
        kind="yes-no"
        value={values.cardData}
        onValue={set('cardData')}
      />
      <PrepField
        id="systems-mynumber"
        label="マイナンバーを扱っているか"
        kind="yes-no"
        value={values.myNumber}
        onValue={set('myNumber')}
      />
      <PrepField
        id="systems-backups"
        label="バックアップの場所"
        kind="long"
        value={values.backups}
        onValue={set('backups')}
      />
      <PrepField
        id="systems-restore"
        label="最後に復元（リストア）を試した日"
        kind="date"
        value={values.lastRestoreTest}
        onValue={set('lastRestoreTest')}
      />
      <PrepField
        id="systems-offline"
        label="ネットワークから切り離したバックアップのコピー"
        kind="yes-no"
        value={values.offlineCopy}
        onValue={set('offlineCopy')}
      />
      <PrepField
        id="systems-cut"
        label="ネットワークの切り方"
        kind="long"
        value={values.networkCut}
        onValue={set('networkCut')}
        hint="どのケーブル・ルーター・Wi-Fiを、どう切るか"
      />
      <PrepField
        id="systems-cut-who"
        label="ネットワークを切ってよい人"
        value={values.networkCutWho}
        onValue={set('networkCutWho')}
      />
      <SaveBar state={state} error={error} />
    </form>
  );
}
