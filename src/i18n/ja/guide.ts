import { namespace } from '../namespace';

/** 手引き and the playbooks to follow (src/features/guide). */
export const guide = namespace('guide', {
  title: '手引き',
  source: '中小企業のためのセキュリティインシデント対応の手引き（IPA）',
  search: '手引きを検索',
  toc: '目次',
  /** The guide's parts, by the id of toc.ts (the same titles as toc.ts). */
  parts: {
    intro: 'はじめに（インシデント対応の必要性・想定被害・目的）',
    basic: 'インシデント対応の基本ステップ',
    virus: 'ウイルス感染の場合',
    ransomware: 'ランサムウェア感染の場合',
    leak: '情報漏えいの場合',
    outage: 'システム停止の場合',
    'record-items': 'インシデント対応時に整理しておくべき事項',
    contacts: 'インシデント発生時の相談窓口・報告先',
    references: 'インシデント対応に役立つ情報',
    notes: '用語の解説（※1〜※4）',
    triage: '何が起きましたか（見分け方）',
  },
  /** The playbooks' short names, by id (an item's 「出典」). */
  playbooks: {
    basic: '基本ステップ',
    virus: 'ウイルス感染',
    ransomware: 'ランサムウェア',
    leak: '情報漏えい',
    outage: 'システム停止',
  },
  /** The three phases, by id (as content/model.ts's PHASE_TITLES). */
  phases: { detect: '検知・初動対応', report: '報告・公表', recover: '復旧・再発防止' },
  /** The section kinds, by id (as content/model.ts's SECTION_TITLES). */
  sections: {
    intake: '検知と連絡受付',
    team: '対応体制の立ち上げ',
    'first-response': '初動対応',
    'first-report': '第一報',
    'later-reports': '第二報以降・最終報',
    investigation: '調査・対応',
    evidence: '証拠保全',
    recovery: '復旧',
    prevention: '再発防止策',
  },
  playbookFailed: '手順を表示できません',
  pageFailed: 'ページを表示できません',
  home: 'ホームへ戻る',
  backToToc: '手引きの目次へ',
  /** 「（原因：メール誤送信・Web誤公開）」 after a narrowed playbook's title. */
  narrowedTo: (cause: string) => `（原因：${cause}）`,
  start: '対応を開始（記録をつける）',
  flow: '対応の流れ',
  /** 「ステップ1」, and 「ステップ1：検知・初動対応」 in the list of phases. */
  step: (n: number) => `ステップ${n}`,
  stepTitle: (n: number, title: string) => `ステップ${n}：${title}`,
  readInGuide: '手引きの本文で読む',
  /** An item's 「出典：ランサムウェア」 and 「詳しく」. */
  itemSource: (playbook: string) => `出典：${playbook}`,
  more: '詳しく',
  /** Before a contact's name on a link to 連絡先. */
  contact: '連絡先：',
  causePicker: '原因で絞り込む',
  allCauses: 'わからない（すべて表示）',
  /** The guide's chapter page (PlaybookDoc.tsx). */
  causes: '原因：',
  listSeparator: '、',
  follow: 'この手順で対応する',
  chapterToc: 'この章の目次',
  fromBasic: '基本ステップの次の項目も行います：',
  /** 「内部犯行の場合」: the tag of an item for one cause. */
  forCause: (cause: string) => `${cause}の場合`,
  toContacts: '相談窓口・報告先へ',
  openWebsite: 'Webサイトを開く',
});
