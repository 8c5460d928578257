import { namespace } from '../namespace';

/**
 * The app as an installed, offline app (src/pwa): the header's offline mark and the update
 * banner (in the shell), the install card (home) and Safari's storage note (home, 設定).
 */
export const pwa = namespace('pwa', {
  offline: 'オフライン（このまま使えます）',
  /** 「✓ オフライン対応」: the narrowest phones show only the first part. */
  readyShort: 'オフライン',
  readyWide: '対応',
  readyExplained: '：ネットワークがなくても全ての画面が使えます',
  updateText:
    '新しいバージョンがあります。「更新」で画面を読み込み直します。書きかけの文章があれば、先に保存してください。',
  updateButton: '更新',
  offlineReady:
    'オフラインでも使えるようになりました。ネットワークを切っても全ての画面が開けます。',
  close: '閉じる',
  installTitle: 'ホーム画面に追加',
  installText: '追加しておくと、ネットワークがなくてもすぐに開けます。',
  installButton: 'アプリをインストール',
  /** Safari's steps: before, the share button, between, 「ホーム画面に追加」, after. */
  safariBefore: 'Safari の',
  safariShare: '共有',
  safariArrow: 'ボタン →',
  safariAdd: '「ホーム画面に追加」',
  safariAfter: 'で、ネットワークがなくてもすぐに開けます。',
  safariDeletes:
    'iPhone・iPad の Safari では、このサイトを7日間開かないと、対応記録を含むこのサイトのデータが消されることがあります。ホーム画面に追加して、そこから開くアプリは対象外です。',
  /** 「ホーム画面に追加し、大切な記録は[バックアップ]（ファイルに保存）もしておいてください。」 */
  safariBackupBefore: 'ホーム画面に追加し、大切な記録は',
  safariBackup: 'バックアップ',
  safariBackupAfter: '（ファイルに保存）もしておいてください。',
});
