import { namespace } from '../namespace';

/** Presentational components shared by features (src/ui). */
export const ui = namespace('ui', {
  /** Dates on screen (src/ui/useFormatJst.ts): the weekday, Sunday first. */
  weekdays: { sun: '日', mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土' },
  /** The urgent card's heading and its caution mark (src/ui/UrgentAction.tsx). */
  urgentTitle: 'まず、すぐに',
  caution: '注意：',
  /** The toggle that shows the guide's own Japanese beside a rendered step. */
  showOriginal: '原文を見る',
  hideOriginal: '原文を隠す',
  /** LoadState.tsx: a content chunk loading, or failed to load. */
  loading: '読み込み中…',
  loadFailed:
    '内容を読み込めませんでした。一度ネットワークにつながった状態で開くと、以後はオフラインでも使えます。',
  retry: 'もう一度読み込む',
  /** ExternalLink.tsx: a link that needs a network. */
  external: '（要ネットワーク・別画面で開きます）',
  /** ExtraNote.tsx: advice beyond the guide, its source and the date it was checked. */
  extra: (source: string, asOf: string) => `（手引き外の補足。出典：${source}、${asOf}時点）`,
  /** A time entered in a record that is later than now (src/lib/jst.ts isFuture). */
  futureTime:
    '未来の日時になっています。年・月・日と時刻を確かめてください。入力した内容はそのまま残っています。',
  /** NoteDetails.tsx: 「※1 ランサムウェアとは」 (the glossary term comes before). */
  noteAbout: 'とは',
  /** A size on screen (src/ui/useFormatBytes.ts): under 1 KB, in KB, in MB. */
  bytes: (n: number) => `${n} バイト`,
  kilobytes: (n: string) => `${n} KB`,
  megabytes: (n: string) => `${n} MB`,
});
