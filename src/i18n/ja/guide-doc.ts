import { namespace } from '../namespace';

/** The guide to read (src/features/guide): its contents and its chapter pages. */
export const guideDoc = namespace('guide-doc', {
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
  pageFailed: 'ページを表示できません',
  backToToc: '手引きの目次へ',
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
