import type { Messages } from '../namespace';
import type { search } from '../ja/search';

const easy: Messages<typeof search> = {
  title: 'てびきをさがす',
  label: 'さがしたいことば',
  placeholder: '例：警察に相談、なくした、バックアップ',
  maybe: 'これですか：',
  failed: 'さがす準備ができませんでした。もう一度開いてください。',
  preparing: 'さがす準備をしています…',
  notFound: (term) => `「${term}」は、ありませんでした。`,
  found: (count) => `${count}件ありました。`,
  showingFirst: (limit) => `関係が深い${limit}件を出しています。`,
  appScreen: 'アプリの画面',
  contacts: '連絡先',
  triage: 'まだわからないとき',
  screens: {
    'screen-new-incident': '対応をきろくする',
    'screen-incidents': '対応のきろく',
    'screen-reporting': '報告・届出（知らせること）',
    'screen-share': '共有・出力（見せる・ファイルにする）',
    'screen-backup': 'バックアップ（コピー）ともどすこと',
    'screen-settings': '設定',
    'screen-triage': 'まだわからないとき',
  },
  screenTexts: {
    'screen-new-incident':
      '何があったかを選んで、対応のきろくを始めます。チェックリストを見て、すぐにする対応をします。',
    'screen-incidents': '対応中・もとにもどった・終わった、のきろくのリストです。',
    'screen-reporting':
      'きろくを開いて「報告・届出」へ行きます。質問に答えると、どこに知らせるかと、いつまでかがわかります。',
    'screen-share':
      'きろくを開いて「共有・出力」へ行きます。報告の下書きなどを作ります。コピー・保存・印刷ができます。',
    'screen-backup':
      'この端末のきろくをファイルに保存します。別の端末で、もとにもどせます。ファイルは、あいことば（パスワード）で暗号にできます。',
    'screen-settings': 'あなたの名前、きろくの保存、バックアップ、ゴミ箱、ことば。',
    'screen-triage': '何があったかわからないときに、見えたことから、あてはまるものをさがします。',
  },
};
export default easy;
