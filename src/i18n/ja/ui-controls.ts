import { namespace } from '../namespace';

/**
 * The controls of src/ui used on records, 平時の備え and 連絡先 (asking first, counters, saving,
 * copying, calling, the storage warning): apart from `ui`, so the playbooks do not carry them.
 */
export const uiControls = namespace('ui-controls', {
  /** ConfirmButton.tsx: the safe choice. */
  cancel: 'やめる',
  /** CharCount.tsx: at the limit, and near it. */
  atLimit: (max: number) => `入力できるのは${max.toLocaleString('ja-JP')}文字までです。`,
  charsLeft: (left: number) => `あと${left.toLocaleString('ja-JP')}文字入力できます。`,
  /** SaveStatus.tsx. */
  saving: '保存中…',
  saved: '✓ 保存済み',
  unsaved: '未保存の変更があります',
  /** CopyButton.tsx. */
  copied: 'コピーしました',
  copyFailed: (text: string) => `コピーできませんでした。長押しして選択してください：${text}`,
  /** CallLinks.tsx: the visible labels; the copy buttons' names add who (「番号をコピー（経営者 山田）」). */
  call: '電話する',
  mail: 'メール',
  copyNumber: '番号をコピー',
  copyAddress: 'アドレスをコピー',
  /** A button's accessible name: its label and whom it is for. */
  labelFor: (label: string, who: string) => `${label}（${who}）`,
  /** CompanyContact.tsx. */
  deputyOf: (role: string, name: string) => `${role}の代わりの人 ${name}`,
  tell: '伝えること：',
  phoneLabel: '電話番号：',
  checkNumber: '（番号の形を確かめてください）',
  mailLabel: 'メール：',
  checkAddress: '（アドレスの形を確かめてください）',
  /** CompanyContact.tsx: a contact with neither number nor address (the link goes to 平時の備え). */
  noNumberYet: '電話番号とメールアドレスはまだ登録されていません（',
  prepLink: '平時の備え',
  noNumberYetEnd: 'で追加できます）。',
  policyNumber: '証券番号：',
  /** QuotaWarning.tsx. */
  quotaUsed: (percent: number) => `⚠ 保存できる量の ${percent} % を使っています。`,
  quotaAdvice:
    'いっぱいになると、新しい写真や記録を保存できなくなります。バックアップを取ってから、不要になった対応記録を削除するか、端末の写真やアプリを整理して空きを増やしてください。',
});
