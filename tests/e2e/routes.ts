/** Every route a person can open, with the heading it shows; the offline test opens each. */
export const routes: { path: string; heading: RegExp }[] = [
  { path: '/', heading: /何が起きましたか/ },
  { path: '/incidents', heading: /対応記録/ },
  { path: '/guide', heading: /手引き/ },
  { path: '/contacts', heading: /連絡先|相談窓口/ },
  { path: '/playbooks/ransomware', heading: /ランサムウェア感染の場合/ },
  { path: '/playbooks/leak?cause=insider', heading: /情報漏えいの場合/ },
  { path: '/triage', heading: /まだわからないとき/ },
  { path: '/guide/ransomware', heading: /ランサムウェア感染の場合/ },
  { path: '/guide/references', heading: /インシデント対応に役立つ情報/ },
  { path: '/search?q=バックアップ', heading: /手引きを検索/ },
  { path: '/incidents/new?type=ransomware', heading: /対応を開始/ },
  { path: '/settings', heading: /設定/ },
  { path: '/backup', heading: /バックアップ/ },
  { path: '/prep', heading: /平時の備え/ },
  { path: '/prep/contacts', heading: /体制と連絡先/ },
  { path: '/prep/check', heading: /備えの点検/ },
  { path: '/prep/card', heading: /緊急カード/ },
  { path: '/guide/basic', heading: /基本ステップ/ },
  { path: '/guide/record-items', heading: /整理しておくべき事項/ },
  { path: '/no-such-page', heading: /ページが見つかりません/ },
];

/** The bottom navigation: label → heading of the page it opens. */
export const navigation: { label: string; heading: RegExp }[] = [
  { label: '対応記録', heading: /対応記録/ },
  { label: '手引き', heading: /手引き/ },
  { label: '連絡先', heading: /連絡先|相談窓口/ },
  { label: 'ホーム', heading: /何が起きましたか/ },
];
