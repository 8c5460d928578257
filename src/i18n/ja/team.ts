import { namespace } from '../namespace';

/** 設定 → チーム (src/features/team): team mode, with what leaves the phone said first. */
export const team = namespace('team', {
  title: 'チーム',
  whatTitle: 'チームで1つの記録を使う',
  what: '複数の人がそれぞれの端末で、同じインシデントの記録を見て書き込めます。ネットワークがないときも各端末で使え、つながったときに送り合います。',
  /** What is sent: before 「暗号化されて」, the words in bold, and after. */
  sentBefore:
    'オンにすると、この端末の対応記録（チェック、記録項目、報告・届出の回答と状況、対応経過、件名と状況、証拠の写真・ファイル、平時の備え）が',
  sentEncrypted: '暗号化されて',
  sentAfter:
    'チームのサーバーに送られます。暗号化はこの端末の中で、チームの合言葉から作った鍵で行うため、サーバーには読めない暗号文と意味のない識別子だけが保存されます。送った時刻とデータの大きさはサーバーから見えます。5 MB を超える証拠のファイルは送らず、その記録（ファイル名・日時・SHA-256）だけを送ります。',
  server:
    'サーバー: このアプリを配信しているサーバー（管理している人が用意したもの）。合言葉はこの端末に保存せず、作った鍵とパスワードをこの端末の中に保存します。',
  /** The setup card's heading: before reading, on, off. */
  sharing: 'チームでの共有',
  sharingOn: 'チームでの共有: オン',
  sharingOff: 'チームでの共有: オフ',
  loading: '読み込んでいます…',
  /** 「データベース「…」に、ユーザー「…」として、「…」の名前で参加しています。」 in parts around the names. */
  joinedDb: 'データベース「',
  joinedUser: '」に、ユーザー「',
  joinedDevice: '」として、「',
  joinedEnd: '」の名前で参加しています。',
  stop: 'チームでの共有をやめる',
  stopped: 'チームでの共有をやめました。この端末の記録はそのまま残ります。',
  started: '✓ チームでの共有を始めました。',
  /** The form's fields, by the id of TeamPage.tsx's FIELDS. */
  fields: {
    db: 'チームのデータベース',
    user: 'ユーザー名',
    password: 'パスワード',
    passphrase: 'チームの合言葉',
    deviceName: 'この端末の名前',
  },
  hints: {
    db: '例: team-somu',
    passphrase: 'チーム全員で同じものを使います。記録はこの合言葉から作った鍵で暗号化されます。',
    deviceName: '対応経過で「誰の端末から」がわかるように、他の人に見えます。',
  },
  test: '接続テスト',
  testing: '確かめています…',
  start: 'チームでの共有を始める',
  starting: '始めています…',
  deriving: '合言葉から鍵を作っています。数秒かかることがあります…',
  /** The connection test's result (team-slice.ts). */
  testNew:
    '✓ サーバーにつながりました。このチームのデータベースはまだ空です。この端末の合言葉で始められます。',
  testJoined: '✓ サーバーにつながり、チームの合言葉も一致しました。',
  failed: '問題が起きました。もう一度お試しください。',
  /** The phone's default name: 「山田の端末」. */
  deviceOf: (name: string) => `${name}の端末`,
});
