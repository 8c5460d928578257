import { namespace } from '../namespace';

/** 手引きを検索 (src/features/search). */
export const search = namespace('search', {
  title: '手引きを検索',
  label: '調べたい言葉',
  placeholder: '例：警察に相談、なくした、バックアップ',
  maybe: 'もしかして：',
  failed: '検索の準備ができませんでした。もう一度開いてください。',
  preparing: '検索の準備中…',
  notFound: (term: string) => `「${term}」は見つかりませんでした。`,
  found: (count: number) => `${count}件見つかりました。`,
  showingFirst: (limit: number) => `関係の深い${limit}件を表示しています。`,
  /** Where a result is: one of the app's screens, 連絡先, まだわからないとき. */
  appScreen: 'アプリの画面',
  contacts: '連絡先',
  triage: 'まだわからないとき',
  /** The app's own screens as search finds them, by the id of screens.ts (the same words). */
  screens: {
    'screen-new-incident': '対応を記録する',
    'screen-incidents': '対応記録',
    'screen-reporting': '報告・届出',
    'screen-share': '共有・出力',
    'screen-backup': 'バックアップと復元',
    'screen-settings': '設定',
    'screen-triage': 'まだわからないとき',
  },
  screenTexts: {
    'screen-new-incident':
      '何が起きたかを選んで対応記録を始め、チェックリストで初動対応を進めます。',
    'screen-incidents':
      '対応中・復旧済み・完了の記録の一覧。チェックリスト、整理しておく事項、対応経過。',
    'screen-reporting':
      '対応記録を開き「報告・届出」へ。質問に答えると、個人情報保護委員会への報告、警察への相談・届出、IPAへの届出、カード会社、取引先・顧客への連絡が必要か、期限とともに分かります。',
    'screen-share':
      '対応記録を開き「共有・出力」へ。概要、第一報、第二報・最終報、個人情報保護委員会向けの下書き、削除依頼のメール、引継ぎ資料を作り、共有・コピー・保存・印刷します。',
    'screen-backup':
      'この端末の対応記録をファイルに保存し、別の端末や機種変更の後に復元します。パスフレーズで暗号化できます。',
    'screen-settings':
      'あなたのお名前、記録の保存（端末の保存領域）、バックアップと復元、ゴミ箱、このアプリについて。',
    'screen-triage': '何が起きたのか分からないとき、表示や症状から当てはまるものを探します。',
  },
});
