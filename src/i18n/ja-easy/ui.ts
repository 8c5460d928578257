import type { Messages } from '../namespace';
import type { ui } from '../ja/ui';

const easy: Messages<typeof ui> = {
  urgentTitle: 'すぐに、これをします',
  caution: '注意：',
  showOriginal: '原文（もとの文）を見る',
  hideOriginal: '原文（もとの文）を閉じる',
  loading: '読み込んでいます…',
  loadFailed:
    '読み込めませんでした。一度、ネットワークにつないで開いてください。そのあとは、オフラインでも使えます。',
  retry: 'もう一度読み込む',
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
  quotaUsed: (percent) => `⚠ 保存できる量の ${percent} % を使っています。`,
  quotaAdvice:
    'いっぱいになると、新しい写真やきろくを保存できません。まずバックアップをとってください。そのあと、いらないきろくを消してください。または、端末の写真やアプリを整理して、空きをふやしてください。',
  external: '（ネットワークが必要です・別の画面で開きます）',
  extra: (source, asOf) => `（てびきの外のアドバイスです。出典：${source}、${asOf}のときの内容）`,
  noteAbout: 'とは',
};
export default easy;
