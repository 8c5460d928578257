import type { Messages } from '../namespace';
import type { uiControls } from '../ja/ui-controls';

const easy: Messages<typeof uiControls> = {
  cancel: 'やめる',
  atLimit: (max) => `${max.toLocaleString('ja-JP')}文字まで書けます。`,
  charsLeft: (left) => `あと${left.toLocaleString('ja-JP')}文字書けます。`,
  saving: '保存しています…',
  saved: '✓ 保存しました',
  unsaved: 'まだ保存していない変更があります',
  copied: 'コピーしました',
  copyFailed: (text) => `コピーできませんでした。長くおして、えらんでください：${text}`,
  call: '電話する',
  mail: 'メール',
  copyNumber: '番号をコピー',
  copyAddress: 'アドレスをコピー',
  labelFor: (label, who) => `${label}（${who}）`,
  deputyOf: (role, name) => `${role}の代わりの人 ${name}`,
  tell: '伝えること：',
  phoneLabel: '電話番号：',
  checkNumber: '（番号がただしいか、見てください）',
  mailLabel: 'メール：',
  checkAddress: '（アドレスがただしいか、見てください）',
  noNumberYet: '電話番号とメールアドレスは、まだありません（',
  prepLink: 'ふだんの準備',
  noNumberYetEnd: 'で入れることができます）。',
  policyNumber: '証券番号（保険の番号）：',
  quotaUsed: (percent) => `⚠ 保存できる量の ${percent} % を使っています。`,
  quotaAdvice:
    'いっぱいになると、新しい写真やきろくを保存できません。まずバックアップをとってください。そのあと、いらないきろくを消してください。または、端末の写真やアプリを整理して、空きをふやしてください。',
};
export default easy;
