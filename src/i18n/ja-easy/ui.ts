import type { Messages } from '../namespace';
import type { ui } from '../ja/ui';

const easy: Messages<typeof ui> = {
  weekdays: { sun: '日', mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土' },
  urgentTitle: 'すぐに、これをします',
  caution: '注意：',
  showOriginal: '原文（もとの文）を見る',
  hideOriginal: '原文（もとの文）を閉じる',
  loading: '読み込んでいます…',
  loadFailed:
    '読み込めませんでした。一度、ネットワークにつないで開いてください。そのあとは、オフラインでも使えます。',
  retry: 'もう一度読み込む',
  external: '（ネットワークが必要です・別の画面で開きます）',
  futureTime:
    'これから先の日時になっています。年・月・日と時間を、確かめてください。入力したことは、そのまま残っています。',
  extra: (source, asOf) => `（てびきの外のアドバイスです。出典：${source}、${asOf}のときの内容）`,
  noteAbout: 'とは',
  bytes: (n) => `${n} バイト`,
  kilobytes: (n) => `${n} KB`,
  megabytes: (n) => `${n} MB`,
};
export default easy;
