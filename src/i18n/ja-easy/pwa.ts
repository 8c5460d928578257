import type { Messages } from '../namespace';
import type { pwa } from '../ja/pwa';

const easy: Messages<typeof pwa> = {
  offline: 'オフライン（このまま使えます）',
  readyShort: 'オフライン',
  readyWide: 'でも使える',
  readyExplained: '：ネットワークがなくても、全部の画面が使えます',
  updateText:
    '新しいバージョンがあります。「更新」をおすと、画面をもう一度読み込みます。書いている文があれば、先に保存してください。',
  updateButton: '更新',
  offlineReady:
    'オフラインでも使えるようになりました。ネットワークがなくても、全部の画面が開けます。',
  close: '閉じる',
  installTitle: 'ホーム画面に入れる',
  installText: 'ホーム画面に入れると、ネットワークがなくても、すぐに開けます。',
  installButton: 'アプリを入れる（インストール）',
  safariBefore: 'Safari の',
  safariShare: '共有',
  safariArrow: 'ボタン →',
  safariAdd: '「ホーム画面に追加」',
  safariAfter: 'をおします。ネットワークがなくても、すぐに開けます。',
  safariDeletes:
    'iPhone・iPad の Safari では、このサイトを7日間開かないと、データが消えることがあります。対応のきろくも消えます。ホーム画面に入れて、そこから開くときは、消えません。',
  safariBackupBefore: 'ホーム画面に入れてください。大切なきろくは',
  safariBackup: 'バックアップ',
  safariBackupAfter: '（ファイルに保存すること）もしてください。',
};
export default easy;
