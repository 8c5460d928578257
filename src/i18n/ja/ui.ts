import { namespace } from '../namespace';

/** Presentational components shared by features (src/ui). */
export const ui = namespace('ui', {
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
  /** ConfirmButton.tsx: the safe choice. */
  cancel: 'やめる',
  /** CharCount.tsx: at the limit, and near it. */
  atLimit: (max: number) => `入力できるのは${max.toLocaleString('ja-JP')}文字までです。`,
  charsLeft: (left: number) => `あと${left.toLocaleString('ja-JP')}文字入力できます。`,
  /** SaveStatus.tsx. */
  saving: '保存中…',
  saved: '✓ 保存済み',
  unsaved: '未保存の変更があります',
  /** CopyButton.tsx. */
  copied: 'コピーしました',
  copyFailed: (text: string) => `コピーできませんでした。長押しして選択してください：${text}`,
  /** CallLinks.tsx: the visible labels; the copy buttons' names add who (「番号をコピー（経営者 山田）」). */
  call: '電話する',
  mail: 'メール',
  copyNumber: '番号をコピー',
  copyAddress: 'アドレスをコピー',
  /** A button's accessible name: its label and whom it is for. */
  labelFor: (label: string, who: string) => `${label}（${who}）`,
  /** CompanyContact.tsx. */
  deputyOf: (role: string, name: string) => `${role}の代わりの人 ${name}`,
  tell: '伝えること：',
  /** QuotaWarning.tsx. */
  quotaUsed: (percent: number) => `⚠ 保存できる量の ${percent} % を使っています。`,
  quotaAdvice:
    'いっぱいになると、新しい写真や記録を保存できなくなります。バックアップを取ってから、不要になった対応記録を削除するか、端末の写真やアプリを整理して空きを増やしてください。',
  /** ExternalLink.tsx: a link that needs a network. */
  external: '（要ネットワーク・別画面で開きます）',
  /** ExtraNote.tsx: advice beyond the guide, its source and the date it was checked. */
  extra: (source: string, asOf: string) => `（手引き外の補足。出典：${source}、${asOf}時点）`,
  /** NoteDetails.tsx: 「※1 ランサムウェアとは」 (the glossary term comes before). */
  noteAbout: 'とは',
});
