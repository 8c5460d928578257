import type { ScreenEntry } from '../../content/search';

/**
 * The app's own screens as search finds them: one line each (title, where, what she can do
 * there in words she might type). Other features add their screens here.
 */
export const SCREENS: ScreenEntry[] = [
  {
    id: 'screen-new-incident',
    title: '対応を記録する',
    href: '/incidents/new',
    text: '何が起きたかを選んで対応記録を始め、チェックリストで初動対応を進めます。',
  },
  {
    id: 'screen-incidents',
    title: '対応記録',
    href: '/incidents',
    text: '対応中・復旧済み・完了の記録の一覧。チェックリスト、整理しておく事項、対応経過。',
  },
  {
    id: 'screen-reporting',
    title: '報告・届出',
    href: '/incidents',
    text: '対応記録を開き「報告・届出」へ。質問に答えると、個人情報保護委員会への報告、警察への相談・届出、IPAへの届出、カード会社、取引先・顧客への連絡が必要か、期限とともに分かります。',
  },
  {
    id: 'screen-share',
    title: '共有・出力',
    href: '/incidents',
    text: '対応記録を開き「共有・出力」へ。概要、第一報、第二報・最終報、個人情報保護委員会向けの下書き、削除依頼のメール、引継ぎ資料を作り、共有・コピー・保存・印刷します。',
  },
  {
    id: 'screen-backup',
    title: 'バックアップと復元',
    href: '/backup',
    text: 'この端末の対応記録をファイルに保存し、別の端末や機種変更の後に復元します。パスフレーズで暗号化できます。',
  },
  {
    id: 'screen-settings',
    title: '設定',
    href: '/settings',
    text: 'あなたのお名前、記録の保存（端末の保存領域）、バックアップと復元、ゴミ箱、このアプリについて。',
  },
  {
    id: 'screen-triage',
    title: 'まだわからないとき',
    href: '/triage',
    text: '何が起きたのか分からないとき、表示や症状から当てはまるものを探します。',
  },
];
