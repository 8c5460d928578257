import { namespace } from '../namespace';

// 「チェックリストに未完了の項目が 3 件あります。」, before a question about the status.
const openNote = (open: number) =>
  open ? `チェックリストに未完了の項目が ${open} 件あります。` : '';

/**
 * The incidents feature (src/features/incidents): the list, 対応を開始, the incident page's
 * frame (header, sub-pages, status changes, notices). The checklist is in incidents-checklist.
 */
export const incidents = namespace('incidents', {
  /** The statuses of an incident, by its stored status. */
  status: { open: '対応中', recovered: '復旧済み', closed: '完了' },
  /** After the types label (its words, and the time since discovery, are home's). */
  facts: (discovered: string, since: string) => `・発覚 ${discovered}（発覚から ${since}）`,

  // The list (対応記録).
  listTitle: '対応記録',
  listIntro: '記録はこの端末の中だけに保存されます。',
  start: '対応を開始',
  settings: '設定',
  filterLabel: '状態で絞り込む',
  filterAll: 'すべて',
  noneWithStatus: (status: string) => `「${status}」の記録はありません。`,
  none: 'まだ記録はありません。',
  more: 'もっと見る',
  rowProgress: '進み具合',

  // 対応を開始.
  newIntro: 'あとから変更できます。わからないところはそのままで大丈夫です。',
  titleLabel: '件名',
  discoveredLabel: '発覚日時（日本時間）',
  discoveredMissing: '発覚日時を入力してください。',
  responderLabel: 'あなたのお名前（記録の「誰が」に使います）',
  submit: '対応を開始する',
  saving: '保存中…',
  pickLegend: '何が起きましたか（複数選べます）',
  /** The types as the picker names them (ransomware as an infection). */
  pickTypes: {
    virus: 'ウイルス感染',
    ransomware: 'ランサムウェア感染',
    leak: '情報漏えい',
    outage: 'システム停止',
  },
  causesLegend: '原因（わかれば）',

  // The incident page.
  notFound: 'この対応記録は見つかりませんでした。',
  toList: '対応記録の一覧へ',
  loading: '読み込んでいます…',
  checklistLoading: 'チェックリストを読み込んでいます…',
  checklistFailed: 'チェックリストを読み込めませんでした。通信できる場所で一度開き直してください。',
  photoFirst: 'まず撮影：感染した画面を写真で残す',
  navLabel: 'この対応記録のページ',
  /** The incident's sub-pages, by id. */
  nav: {
    checklist: 'チェックリスト',
    record: '整理しておく事項',
    timeline: '対応経過',
    evidence: '証拠',
    reporting: '報告・届出',
    share: '共有・出力',
  },

  // Status changes and edits (IncidentActions).
  actionsTitle: '状態の変更',
  reopen: '対応中に戻す',
  recoverAsk: '復旧済みにする…',
  recover: '復旧済みにする',
  recoverQuestion: (open: number) =>
    `${openNote(open)}復旧済みにしますか？「まず、すぐに」の表示は消えます。「対応中に戻す」でいつでも戻せます。`,
  close: '対応を終了する…',
  closeQuestion: (open: number) =>
    `${openNote(open)}この対応を「完了」にしますか？ホームの「対応中の記録」と「期限が近い報告・届出」には出なくなるので、未対応の報告・届出がないか先に確かめてください。記録はそのまま残り、「対応中に戻す」でいつでも再開できます。`,
  closeConfirm: '完了にする',
  editSummary: '件名・分類・発覚日時を変更',
  saveTitle: '件名を保存',
  saveDiscovered: '発覚日時を保存',
  saveTypes: '分類を保存',
  saved: '✓ 保存済み',
  trash: 'この対応記録を削除…',
  trashQuestion: 'この対応記録をゴミ箱に移しますか？30日間は「設定」のゴミ箱から元に戻せます。',
  trashConfirm: 'ゴミ箱に移す',

  // Notices.
  persisted: 'この端末の記録は保護されています。',
  dismiss: '閉じる',
  persistTitle: '記録を守るために',
  persistAdvice:
    'このブラウザでは、端末の空き容量が少なくなると記録が消される場合があります。ホーム画面に追加（インストール）して使うと残りやすくなります。念のため、バックアップも作っておくと安心です。',
  backup: 'バックアップを作る',
  responderHint: 'この端末の中だけに保存されます。あとから「設定」で変えられます。',
  save: '保存',
  reload: '再読み込み',

  // The hash chain (ChainStatus).
  chainChecking: '記録の改ざんがないか確認しています…',
  chainUnknown: '記録の改ざんの確認ができませんでした。ページを再読み込みしてください。',
  chainBroken: '⚠ 記録の連続性が崩れています。',
  chainBrokenAdvice:
    'アプリは自動で直しません。書き出した控えと照らし合わせ、経緯を記録に残してください。',
  chainOk: (count: number) => `✓ 記録は改ざんされていません（${count}件を確認）`,
  /** Around the chain's head: 「。検証値 <hash>（<time> まで）」. */
  chainHead: '。検証値 ',
  chainHeadUntil: '（',
  chainHeadEnd: ' まで）',
});
