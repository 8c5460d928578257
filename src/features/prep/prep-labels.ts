// The words 平時の備え's forms use for their fields: shared by the forms and by the list of
// records another phone replaced, so both say the same thing.
import type { CompanyProfile, PrepContact, SystemsProfile } from '../../storage';
import type { Messages } from '../../i18n/namespace';
import type { prep } from '../../i18n/ja/prep';

/** A field of 体制と連絡先 that holds typed text. */
export type ContactField = Exclude<keyof PrepContact, 'id' | 'kind' | 'role' | 'updatedAt'>;

/**
 * 体制と連絡先's fields in the form's order with their labels in `m`'s language (the
 * organisation and name are asked differently inside and outside).
 */
export function contactFields(m: Messages<typeof prep>, inside: boolean): [ContactField, string][] {
  const c = m.contact;
  return [
    ['org', inside ? c.orgInside : c.orgOutside],
    ['name', inside ? c.nameInside : c.nameOutside],
    ['phone', c.phone],
    ['email', c.email],
    ['policyNumber', c.policyNumber],
    ['deputyName', c.deputyName],
    ['deputyPhone', c.deputyPhone],
    ['tell', c.tell],
  ];
}

/** 会社の情報's fields. */
export const COMPANY_LABELS: Record<
  Exclude<keyof CompanyProfile, 'id' | 'kind' | 'updatedAt'>,
  string
> = {
  name: '事業者名',
  address: '所在地',
  industry: '業種',
  employees: '従業員数',
};

/** 体制と連絡先's fields (the name and organisation are asked differently inside and outside). */
export const contactLabels = (
  inside: boolean,
): Record<Exclude<keyof PrepContact, 'id' | 'kind' | 'role' | 'updatedAt'>, string> => ({
  org: inside ? '所属' : '会社名・窓口名',
  name: inside ? '氏名' : '担当者名',
  phone: '電話番号',
  email: 'メールアドレス',
  policyNumber: '証券番号',
  deputyName: '代わりの人（不在のとき）',
  deputyPhone: '代わりの人の電話番号',
  tell: '伝えること',
});

/** An answer of 備えの点検 as its choices say it. */
export const CHECK_ANSWER_LABELS = { yes: 'できている', no: 'まだ' } as const;

/** A yes / no answer of システムと情報 as its select shows it. */
export const YES_NO_LABELS = { '': '未確認', yes: 'あり', no: 'なし' } as const;

/** How a field of システムと情報 is asked. */
type Kind = 'text' | 'date' | 'long' | 'yes-no';
/** システムと情報's fields in order: what each asks and how. */
export const SYSTEMS_FIELDS: {
  key: Exclude<keyof SystemsProfile, 'id' | 'kind' | 'updatedAt'>;
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
