/** The 手引き table of contents, kept synchronous (no playbook loaded to show it). */
export interface TocEntry {
  /** Id of the playbooks/ file the page shows. */
  id: string;
  title: string;
  href: string;
}

/** The guide's parts in reading order; toc.test.ts checks it against playbooks/. */
export const GUIDE_TOC: readonly TocEntry[] = [
  {
    id: 'intro',
    title: 'はじめに（インシデント対応の必要性・想定被害・目的）',
    href: '/guide/intro',
  },
  { id: 'basic', title: 'インシデント対応の基本ステップ', href: '/guide/basic' },
  { id: 'virus', title: 'ウイルス感染の場合', href: '/guide/virus' },
  { id: 'ransomware', title: 'ランサムウェア感染の場合', href: '/guide/ransomware' },
  { id: 'leak', title: '情報漏えいの場合', href: '/guide/leak' },
  { id: 'outage', title: 'システム停止の場合', href: '/guide/outage' },
  {
    id: 'record-items',
    title: 'インシデント対応時に整理しておくべき事項',
    href: '/guide/record-items',
  },
  { id: 'contacts', title: 'インシデント発生時の相談窓口・報告先', href: '/contacts' },
  { id: 'references', title: 'インシデント対応に役立つ情報', href: '/guide/references' },
  { id: 'notes', title: '用語の解説（※1〜※4）', href: '/guide/notes' },
  { id: 'triage', title: '何が起きましたか（見分け方）', href: '/triage' },
];
