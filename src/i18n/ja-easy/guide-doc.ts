import type { Messages } from '../namespace';
import type { guideDoc } from '../ja/guide-doc';

const easy: Messages<typeof guideDoc> = {
  title: 'てびき',
  source: '中小企業のためのセキュリティインシデント対応の手引き（IPA という国の機関が作りました）',
  search: 'てびきをさがす',
  toc: 'もくじ',
  parts: {
    intro: 'はじめに（なぜ対応が大切か・どんな被害があるか・目的）',
    basic: 'インシデント対応の、はじめの手順',
    virus: 'ウイルスに感染したとき',
    ransomware: 'ランサムウェアに感染したとき',
    leak: '情報がもれたとき',
    outage: 'システムが止まったとき',
    'record-items': '対応のときに、まとめておくこと',
    contacts: '相談するところ・報告するところ',
    references: '対応に役に立つ情報',
    notes: 'ことばの説明（※1〜※4）',
    triage: '何がありましたか（見分け方）',
  },
  pageFailed: 'ページを出せません',
  backToToc: 'てびきのもくじへ',
  causes: '原因：',
  listSeparator: '、',
  follow: 'この手順で対応する',
  chapterToc: 'この章のもくじ',
  fromBasic: 'はじめの手順の、次のこともします：',
  forCause: (cause) => `${cause}のとき`,
  toContacts: '相談するところ・報告するところへ',
  openWebsite: 'Webサイトを開く',
};
export default easy;
