import type { Messages } from '../namespace';
import type { settings } from '../ja/settings';

const easy: Messages<typeof settings> = {
  languageTitle: '言語 / Language',
  languageHelp: '画面のことばを選びます。この電話（端末）の中だけに残します。',
  languageSaved: '✓ 保存しました',
  languageNotSaved: (reason) => `この端末に保存できませんでした。（${reason}）`,
  title: '設定',
  nameTitle: 'あなたの名前',
  nameHelp: 'チェックやきろくの「だれが」に使います（この端末の中だけに残します）',
  save: '保存',
  saved: '✓ 保存しました',
  storageTitle: 'きろくの保存',
  checking: 'しらべています…',
  persisted: '✓ この端末のきろくは、ブラウザが勝手に消しません。',
  notPersisted: 'きろくは守られていません。端末の空きが少ないと、ブラウザが消すことがあります。',
  persistUnknown: 'きろくが守られているかは、このブラウザではわかりません。',
  installAdvice:
    'このアプリをホーム画面に入れると、きろくが消えにくくなります。大切なきろくは、下の「バックアップと復元」でファイルに保存してください。',
  usage: (bytes) => `使っている量: ${bytes}`,
  quota: (bytes) => `（使える量: だいたい ${bytes}）`,
  quotaShare: (bytes, percent) => `（使える量: だいたい ${bytes}、${percent} %）`,
  evidence: (count, bytes) => `そのうち証拠の写真・ファイル: ${count}件、${bytes}`,
  prepTitle: 'ふだんの準備',
  prepText: '会社の情報、対応する人と連絡先、システムと情報、準備のチェック、緊急カード（印刷）。',
  prepOpen: 'ふだんの準備を開く',
  teamTitle: 'チーム',
  teamText:
    'いくつかの端末で、同じきろくを使います（いまはオフです。オンにすると、暗号にしたきろくをチームのサーバーに送ります）。',
  teamOpen: 'チームの設定を開く',
  backupTitle: 'バックアップと復元',
  backupText:
    '全部のきろくを1つのファイルに保存します。別の端末や、消えたあとに、もとにもどせます。ファイルは、あいことば（パスワード）で暗号にできます。あいことば（パスワード）は、ファイルを守ります。もとにもどすときに、必要です。',
  backupOpen: 'バックアップ・復元を開く',
  trashTitle: 'ゴミ箱',
  trashHelp: (days) => `消したきろくは、${days}日のあいだ、ここに残ります。もとにもどせます。`,
  trashEmpty: 'ゴミ箱は空です。',
  deletedAt: (when) => `消した日: ${when}`,
  restore: 'もとにもどす',
  aboutTitle: 'このアプリについて',
  version: (version) => `インシデント対応ナビ バージョン ${version}`,
};
export default easy;
