/**
 * The reporting questionnaire: ids (stored as 'q:<id>', never renamed), plain-Japanese
 * labels and choices. Every question can be answered 「わからない」 ('unknown').
 */

/** Every answer value any question may hold. */
export const ANSWERS = ['yes', 'no', 'unknown', 'up-to-100', '101-1000', 'over-1000'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Question ids (frozen: stored with the incident). */
export const QUESTION_IDS = [
  'personal',
  'sensitive',
  'card',
  'financial',
  'account',
  'mynumber',
  'count',
  'encrypted',
  'exposed',
  'unauthorized-access',
  'insider',
  'extortion',
  'malware',
  'theft',
  'industry-law',
  'partners',
  'wide',
  'other-unlawful',
  'recovered',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** The answers of one incident; a missing question counts as 'unknown'. */
export type Answers = Partial<Record<QuestionId, Answer>>;

export interface Choice {
  value: Answer;
  label: string;
}

export interface Question {
  id: QuestionId;
  label: string;
  help?: string;
  choices: Choice[];
  /** Shown only when personal information may be involved. */
  personalOnly?: boolean;
  /** Asked only when the incident may involve a lost device or papers (see askTheft). */
  lossOnly?: boolean;
}

const YES_NO: Choice[] = [
  { value: 'yes', label: 'はい' },
  { value: 'no', label: 'いいえ' },
  { value: 'unknown', label: 'わからない' },
];

/** A group of questions shown under one heading. */
export interface QuestionGroup {
  title: string;
  questions: Question[];
}

/** The questionnaire, in the order shown. */
export const QUESTION_GROUPS: QuestionGroup[] = [
  {
    title: 'まず、ここから',
    questions: [
      {
        id: 'personal',
        label:
          '漏えいした（またはそのおそれがある）情報や、暗号化・削除されて使えなくなった情報に、個人情報は含まれますか？',
        help: '氏名、住所、メールアドレスなど、特定の人がわかる情報です。ランサムウェアで暗号化された、消えてしまった、紛失した場合も含みます（法律では「漏えい・滅失・毀損」をまとめて「漏えい等」と呼びます）。',
        choices: YES_NO,
      },
      {
        id: 'count',
        label: '何人分の情報ですか？',
        choices: [
          { value: 'up-to-100', label: '100人以下' },
          { value: '101-1000', label: '101〜1,000人' },
          { value: 'over-1000', label: '1,001人以上' },
          { value: 'unknown', label: 'わからない' },
        ],
        personalOnly: true,
      },
      { id: 'unauthorized-access', label: '不正アクセスの疑いはありますか？', choices: YES_NO },
      {
        id: 'insider',
        label: '内部犯行（従業員などによる持ち出し・悪用）の疑いはありますか？',
        choices: YES_NO,
      },
      {
        id: 'other-unlawful',
        label:
          'ほかに、誰かが不正な目的で行ったこと（ウェブページや送付物の改ざん、なりすましなど）が原因の疑いはありますか？',
        help: 'たとえば、入力ページやリンクが書き換えられていた、返信用封筒の宛先が第三者に書き換えられていた場合です。',
        choices: YES_NO,
      },
    ],
  },
  {
    title: 'どんな情報ですか',
    questions: [
      {
        id: 'sensitive',
        label: '病歴や健康診断の結果、犯罪の経歴などの「要配慮個人情報」は含まれますか？',
        choices: YES_NO,
        personalOnly: true,
      },
      {
        id: 'card',
        label: 'クレジットカード情報は含まれますか？',
        choices: YES_NO,
        personalOnly: true,
      },
      {
        id: 'financial',
        label: 'ほかに、悪用されるとお金の被害につながる情報は含まれますか？',
        help: 'ネットバンキングのID・パスワード、口座番号と暗証番号など。',
        choices: YES_NO,
        personalOnly: true,
      },
      {
        id: 'account',
        label: 'ID・パスワードなどのアカウント情報は含まれますか？',
        choices: YES_NO,
      },
      {
        id: 'mynumber',
        label: 'マイナンバー（個人番号）は含まれますか？',
        choices: YES_NO,
        personalOnly: true,
      },
    ],
  },
  {
    title: '保護の状態',
    questions: [
      {
        id: 'encrypted',
        label: '高度な暗号化などで保護されていましたか？',
        help: '復号の鍵やパスワードも一緒に漏えいした場合は「いいえ」です。',
        choices: YES_NO,
        personalOnly: true,
      },
      {
        id: 'exposed',
        label: 'インターネット上などで、社外の誰でも見られる状態になりましたか？',
        choices: YES_NO,
      },
      {
        id: 'recovered',
        label:
          'だれにも見られずに回収できた、またはバックアップから元どおりにできたと確かめられましたか？',
        help: '誤送信したメールを相手が見ずに削除したことや、公開してしまったファイルを誰も見ていないことがアクセスログなどで確かめられた場合、または、消えた・暗号化されたデータと同じものがバックアップなどに残っていて、盗み出されたおそれもない場合は「はい」（法律上の「漏えい等」に当たりません）。確かめられないときは「わからない」。マイナンバーの報告は、この答えでは不要になりません。',
        choices: YES_NO,
        personalOnly: true,
      },
    ],
  },
  {
    title: 'ほかの原因',
    questions: [
      {
        id: 'extortion',
        label: '脅迫や金銭の要求（身代金の要求など）はありましたか？',
        choices: YES_NO,
      },
      {
        id: 'malware',
        label: 'ウイルス（ランサムウェアを含む）に感染しましたか？',
        choices: YES_NO,
      },
      {
        id: 'theft',
        label: '盗まれた可能性はありますか？',
        help: 'パソコン、スマートフォン、USBメモリ、書類などをなくした場合です。置き忘れか盗難かわからないときは「わからない」。',
        choices: YES_NO,
        lossOnly: true,
      },
    ],
  },
  {
    title: '影響と報告義務',
    questions: [
      {
        id: 'industry-law',
        label: '業法などで、所管の省庁への報告が求められていますか？',
        help: '金融、医療、通信、電力など、業種によって報告義務があります。',
        choices: YES_NO,
      },
      { id: 'partners', label: '取引先や顧客に影響がありますか？', choices: YES_NO },
      {
        id: 'wide',
        label: '影響が広く一般に及ぶ、または全員への個別の連絡が難しいですか？',
        choices: YES_NO,
      },
    ],
  },
];

/** Every question by id. */
export const QUESTIONS: Record<QuestionId, Question> = Object.fromEntries(
  QUESTION_GROUPS.flatMap((g) => g.questions).map((q) => [q.id, q]),
) as Record<QuestionId, Question>;

/** Short names of the questions, for notes such as 「わからない・未回答：個人情報、人数」. */
export const QUESTION_SHORT: Record<QuestionId, string> = {
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
};

/** Japanese label of an answer value. */
export const ANSWER_LABELS: Record<Answer, string> = {
  yes: 'はい',
  no: 'いいえ',
  unknown: 'わからない',
  'up-to-100': '100人以下',
  '101-1000': '101〜1,000人',
  'over-1000': '1,001人以上',
};

/** Narrows a stored string to an answer the question accepts; anything else is unanswered. */
export function toAnswer(id: QuestionId, value: string | undefined): Answer | undefined {
  return QUESTIONS[id]?.choices.some((c) => c.value === value) ? (value as Answer) : undefined;
}
