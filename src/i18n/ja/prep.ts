import type { EmailProblem } from '../../lib/email';
import type { PhoneProblem } from '../../lib/phone';
import { namespace } from '../namespace';

/**
 * 平時の備え (src/features/prep): the overview, the parts' navigation, the forms of 会社の情報,
 * 体制と連絡先 and システムと情報, and the list of values another phone replaced.
 */
export const prep = namespace('prep', {
  title: '平時の備え',
  intro:
    '落ち着いているときに10分ほどで入力しておくと、インシデントのときに自社の連絡先へすぐ電話でき、記録や報告の下書きに会社の情報が入ります。入力した内容はこの端末の中だけに保存されます。',
  score: (total: number, score: number) =>
    `備えの点検: ${total}項目のうち ${score}項目ができています。`,
  drillsTitle: '訓練',
  drillsText: '台本に沿って、インシデントの対応をこのアプリで練習できます。',
  drillsLink: '訓練をする',
  /** The parts of 備え, by id (the last segment of their path). */
  parts: {
    company: '会社の情報',
    contacts: '体制と連絡先',
    systems: 'システムと情報',
    check: '備えの点検',
    card: '緊急カード（印刷）',
  },
  navLabel: '備えの項目',
  navHome: '備えの一覧',
  notFound: 'このページは見つかりませんでした。',
  loading: '読み込んでいます…',
  save: '保存',
  checkInput: '入力を確かめてください。入力した内容はそのまま残っています。',
  /** An answer of システムと情報's あり/なし selects, by value (`unknown`: not answered yet). */
  yesNo: { unknown: '未確認', yes: 'あり', no: 'なし' },
  // 会社の情報
  companyIntro: '報告の下書きと、対応記録の「事業者」に使います。',
  /** 会社の情報's fields, by key. */
  company: { name: '事業者名', address: '所在地', industry: '業種', employees: '従業員数' },
  employeesHint: 'おおよそで構いません（例: 25人）',
  // 体制と連絡先
  contactsIntro:
    'わかる人・会社だけで構いません。保存すると「電話する」ボタンが出て、インシデントのときに対応記録の画面にも表示されます。',
  sides: { inside: '社内', outside: '社外' },
  /** The roles of 体制と連絡先, by id (the same labels as src/lib/contact-roles.ts). */
  roles: {
    executive: '経営者',
    'security-officer': '情報セキュリティ責任者',
    staff: '担当者',
    sysadmin: 'システム管理者',
    vendor: '保守ベンダー',
    cloud: 'クラウド・サービス事業者',
    insurance: 'サイバー保険（事故受付）',
    otasuke: 'サイバーセキュリティお助け隊',
    lawyer: '顧問弁護士',
    card: 'カード決済代行・カード会社',
    police: '所轄警察署（サイバー犯罪相談）',
    partner: '主な取引先',
  },
  /** What to tell each role when nothing was written, by id (as src/lib/contact-roles.ts). */
  tellHints: {
    executive: '何が起きたか、影響の見込み、対応体制を立ち上げる判断をお願いしたいこと',
    'security-officer': '見つけた兆候、いつ・どの機器か、すでにしたこと',
    staff: '役割分担と、今すぐお願いしたい作業',
    sysadmin: '止まっている・おかしいシステム、ネットワークを切るかどうか',
    vendor: '契約のある会社名、対象のシステム、起きていること、支援をお願いしたいこと',
    cloud: '契約者名、対象のサービスとアカウント、起きていること',
    insurance: '証券番号、発覚日時、起きていること（使える支援サービスも確かめる）',
    otasuke: '契約者名、起きていること、駆け付け支援が必要か',
    lawyer: '情報漏えいのおそれ、取引先や本人への通知・公表の相談',
    card: '加盟店名、カード情報が漏えいしたおそれ、発覚日時',
    police: '被害の内容、発覚日時、犯罪性があると考える理由',
    partner: '影響の有無、現在の対応状況、次にお知らせする時期',
  },
  registered: '登録済み',
  notRegistered: '未登録',
  deputyOf: (role: string, name: string) => `${role}の代わりの人 ${name}`,
  tell: '伝えること：',
  contactForm: (role: string) => `${role}の連絡先`,
  /** 体制と連絡先's fields, by key; the organisation and name are asked per side. */
  contact: {
    orgInside: '所属',
    orgOutside: '会社名・窓口名',
    nameInside: '氏名',
    nameOutside: '担当者名',
    phone: '電話番号',
    email: 'メールアドレス',
    policyNumber: '証券番号',
    deputyName: '代わりの人（不在のとき）',
    deputyPhone: '代わりの人の電話番号',
    tell: '伝えること',
  },
  phoneHint: 'ハイフンあり・全角でも構いません',
  example: (text: string) => `例: ${text}`,
  /** A phone number's problem, by its kind (src/lib/phone.ts). */
  phoneProblem: (kind: PhoneProblem) =>
    kind === 'characters'
      ? '電話番号は数字とハイフンで入力してください（例: 03-1234-5678）。'
      : '電話番号の桁数を確かめてください。',
  /** An e-mail address's problem, by its kind (src/lib/email.ts). */
  emailProblem: (_kind: EmailProblem) =>
    'メールアドレスの形を確かめてください（例: name@example.co.jp）。',
  /** A contact form saved with nothing in it (nothing stored before). */
  contactEmpty: '名前や電話番号など、どれか一つを入力してから保存してください。',
  /** A field longer than it may be stored. */
  tooLong: (limit: number, length: number) =>
    `${limit.toLocaleString('ja-JP')}文字以内にしてください（いま ${length.toLocaleString('ja-JP')}文字）。`,
  /** Input kept from an earlier visit that was not saved, back in the form. */
  restoredDraft: (save: string) =>
    `前回保存していなかった入力を戻しました。内容を確かめて「${save}」を押してください（保存するまで、この端末に一時的に残します）。`,
  // システムと情報
  systemsIntro: '対応記録の「システム構成・運用状況」に使います。わかるところだけで構いません。',
  /** システムと情報's fields, by key. */
  systems: {
    systems: '重要なシステム・サービス',
    personalData: '個人情報の保管場所',
    personalCount: '個人情報のおおよその人数',
    cardData: 'クレジットカード情報を持っているか',
    myNumber: 'マイナンバーを扱っているか',
    backups: 'バックアップの場所',
    lastRestoreTest: '最後に復元（リストア）を試した日',
    offlineCopy: 'ネットワークから切り離したバックアップのコピー',
    networkCut: 'ネットワークの切り方',
    networkCutWho: 'ネットワークを切ってよい人',
  },
  /** Hints under some fields of システムと情報, by key. */
  systemsHints: {
    systems: '例: 販売管理（社内サーバ）、会計（クラウド）、Webサイト（レンタルサーバ）',
    personalData: '例: 顧客名簿（販売管理サーバ）、従業員名簿（総務のPC）',
    personalCount: '例: 約3,000人',
    networkCut: 'どのケーブル・ルーター・Wi-Fiを、どう切るか',
  },
  // Values another phone replaced (ReplacedPrepList)
  replacedTitle: '別の端末の変更で置き換わった内容',
  replacedIntro:
    'この端末で入力していた内容です。必要なところを入力し直したら「確認済みにする」を押してください。',
  replacedFailed: '保存できませんでした。もう一度お試しください。',
  partOfRole: (part: string, role: string) => `${part}（${role}）`,
  dismiss: '確認済みにする',
  dismissLabel: (part: string, at: string) => `${part}（${at}）を確認済みにする`,
});
