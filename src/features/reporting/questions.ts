/**
 * The reporting questionnaire: ids (stored as 'q:<id>', never renamed), their order and
 * choices; the words (Japanese here, other languages on screen) live in the
 * reporting-questions catalogue. Every question can be answered 「わからない」 ('unknown').
 */
import { reportingQuestions } from '../../i18n/ja/reporting-questions';

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

const ja = reportingQuestions.ja;
const choice = (value: Answer): Choice => ({ value, label: ja.answers[value] });
const YES_NO: Choice[] = (['yes', 'no', 'unknown'] as const).map(choice);

/** A group of questions shown under one heading. */
export interface QuestionGroup {
  /** Stable id (the key of its title in the catalogue). */
  id: keyof typeof ja.groups;
  title: string;
  questions: Question[];
}

/** A question with its Japanese label and help, from the catalogue. */
const question = (
  id: QuestionId,
  choices: Choice[] = YES_NO,
  only: Pick<Question, 'personalOnly' | 'lossOnly'> = {},
): Question => ({
  id,
  label: ja.labels[id],
  ...(id in ja.help ? { help: ja.help[id as keyof typeof ja.help] } : {}),
  choices,
  ...only,
});
const group = (id: QuestionGroup['id'], questions: Question[]): QuestionGroup => ({
  id,
  title: ja.groups[id],
  questions,
});
const personalOnly = { personalOnly: true };

/** The questionnaire, in the order shown. */
export const QUESTION_GROUPS: QuestionGroup[] = [
  group('start', [
    question('personal'),
    question(
      'count',
      (['up-to-100', '101-1000', 'over-1000', 'unknown'] as const).map(choice),
      personalOnly,
    ),
    question('unauthorized-access'),
    question('insider'),
    question('other-unlawful'),
  ]),
  group('data', [
    question('sensitive', YES_NO, personalOnly),
    question('card', YES_NO, personalOnly),
    question('financial', YES_NO, personalOnly),
    question('account'),
    question('mynumber', YES_NO, personalOnly),
  ]),
  group('protection', [
    question('encrypted', YES_NO, personalOnly),
    question('exposed'),
    question('recovered', YES_NO, personalOnly),
  ]),
  group('causes', [
    question('extortion'),
    question('malware'),
    question('theft', YES_NO, { lossOnly: true }),
  ]),
  group('impact', [question('industry-law'), question('partners'), question('wide')]),
];

/** Every question by id. */
export const QUESTIONS: Record<QuestionId, Question> = Object.fromEntries(
  QUESTION_GROUPS.flatMap((g) => g.questions).map((q) => [q.id, q]),
) as Record<QuestionId, Question>;

/** Short Japanese names of the questions, for notes such as 「わからない・未回答：個人情報、人数」. */
export const QUESTION_SHORT: Record<QuestionId, string> = ja.short;

/** Japanese label of an answer value. */
export const ANSWER_LABELS: Record<Answer, string> = ja.answers;

/** Narrows a stored string to an answer the question accepts; anything else is unanswered. */
export function toAnswer(id: QuestionId, value: string | undefined): Answer | undefined {
  return QUESTIONS[id]?.choices.some((c) => c.value === value) ? (value as Answer) : undefined;
}
