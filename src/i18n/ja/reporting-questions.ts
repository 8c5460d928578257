import { namespace } from '../namespace';

/**
 * The reporting questionnaire (src/features/reporting/questions.ts reads its Japanese from
 * here): group titles, questions, help, choices and short names, all by id.
 */
export const reportingQuestions = namespace('reporting-questions', {
  /** Group titles by group id. */
  groups: {
    start: 'まず、ここから',
    data: 'どんな情報ですか',
    protection: '保護の状態',
    causes: 'ほかの原因',
    impact: '影響と報告義務',
  },
  /** The questions by question id. */
  labels: {
    personal:
      '漏えいした（またはそのおそれがある）情報や、暗号化・削除されて使えなくなった情報に、個人情報は含まれますか？',
    count: '何人分の情報ですか？',
    'unauthorized-access': '不正アクセスの疑いはありますか？',
    insider: '内部犯行（従業員などによる持ち出し・悪用）の疑いはありますか？',
    'other-unlawful':
      'ほかに、誰かが不正な目的で行ったこと（ウェブページや送付物の改ざん、なりすましなど）が原因の疑いはありますか？',
    sensitive: '病歴や健康診断の結果、犯罪の経歴などの「要配慮個人情報」は含まれますか？',
    card: 'クレジットカード情報は含まれますか？',
    financial: 'ほかに、悪用されるとお金の被害につながる情報は含まれますか？',
    account: 'ID・パスワードなどのアカウント情報は含まれますか？',
    mynumber: 'マイナンバー（個人番号）は含まれますか？',
    encrypted: '高度な暗号化などで保護されていましたか？',
    exposed: 'インターネット上などで、社外の誰でも見られる状態になりましたか？',
    recovered:
      'だれにも見られずに回収できた、またはバックアップから元どおりにできたと確かめられましたか？',
    extortion: '脅迫や金銭の要求（身代金の要求など）はありましたか？',
    malware: 'ウイルス（ランサムウェアを含む）に感染しましたか？',
    theft: '盗まれた可能性はありますか？',
    'industry-law': '業法などで、所管の省庁への報告が求められていますか？',
    partners: '取引先や顧客に影響がありますか？',
    wide: '影響が広く一般に及ぶ、または全員への個別の連絡が難しいですか？',
  },
  /** Help under a question, by question id (only the questions that have one). */
  help: {
    personal:
      '氏名、住所、メールアドレスなど、特定の人がわかる情報です。ランサムウェアで暗号化された、消えてしまった、紛失した場合も含みます（法律では「漏えい・滅失・毀損」をまとめて「漏えい等」と呼びます）。',
    'other-unlawful':
      'たとえば、入力ページやリンクが書き換えられていた、返信用封筒の宛先が第三者に書き換えられていた場合です。',
    financial: 'ネットバンキングのID・パスワード、口座番号と暗証番号など。',
    encrypted: '復号の鍵やパスワードも一緒に漏えいした場合は「いいえ」です。',
    recovered:
      '誤送信したメールを相手が見ずに削除したことや、公開してしまったファイルを誰も見ていないことがアクセスログなどで確かめられた場合、または、消えた・暗号化されたデータと同じものがバックアップなどに残っていて、盗み出されたおそれもない場合は「はい」（法律上の「漏えい等」に当たりません）。確かめられないときは「わからない」。マイナンバーの報告は、この答えでは不要になりません。',
    theft:
      'パソコン、スマートフォン、USBメモリ、書類などをなくした場合です。置き忘れか盗難かわからないときは「わからない」。',
    'industry-law': '金融、医療、通信、電力など、業種によって報告義務があります。',
  },
  /** Answer labels by answer value. */
  answers: {
    yes: 'はい',
    no: 'いいえ',
    unknown: 'わからない',
    'up-to-100': '100人以下',
    '101-1000': '101〜1,000人',
    'over-1000': '1,001人以上',
  },
  /** Short names of the questions, for notes such as 「わからない・未回答：個人情報、人数」. */
  short: {
    personal: '個人情報',
    sensitive: '要配慮個人情報',
    card: 'カード情報',
    financial: 'お金の被害につながる情報',
    account: 'アカウント情報',
    mynumber: 'マイナンバー',
    count: '人数',
    encrypted: '暗号化',
    exposed: '誰でも見られる状態',
    'unauthorized-access': '不正アクセス',
    insider: '内部犯行',
    extortion: '脅迫・金銭要求',
    malware: 'ウイルス感染',
    theft: '盗難',
    'industry-law': '業法の報告義務',
    partners: '取引先・顧客への影響',
    wide: '影響の広さ',
    'other-unlawful': 'その他の不正行為',
    recovered: '回収・復元',
  },
  /** Between the names of a list: 「個人情報、人数」. */
  separator: '、',
  /** Between the answers of a folded group: 「はい・いいえ」. */
  answerSeparator: '・',
  intro:
    'わかる範囲で答えてください。「わからない」は、念のため報告が必要な側として扱います。答えはこの端末に自動で保存されます。',
  groupDone: (n: number) => `✓ 回答済み（${n}問）`,
  groupCount: (n: number) => `（${n}問）`,
  fromType: '種類から入力',
  fromTypeHint: '対応記録の種類・原因から入力しました。違うときは選び直してください。',
  unanswered: '未回答（「わからない」として扱っています）',
});
