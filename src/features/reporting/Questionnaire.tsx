import { QUESTION_GROUPS, type Answers, type Question, type QuestionId } from './questions';

/**
 * The reporting questionnaire: one radio group (fieldset + legend) per question.
 * `derived`: unanswered questions the engine fills in from the incident's 分類.
 */
export function Questionnaire({
  answers,
  derived = [],
  onAnswer,
}: {
  answers: Answers;
  derived?: readonly QuestionId[];
  onAnswer: (id: QuestionId, value: string) => void;
}) {
  const noPersonal = answers.personal === 'no';
  return (
    <div class="reporting-questions">
      <p class="muted">
        わかる範囲で答えてください。「わからない」は、念のため報告が必要な側として扱います。答えはこの端末に自動で保存されます。
      </p>
      {QUESTION_GROUPS.map((g) => {
        const shown = g.questions.filter((q) => !(noPersonal && q.personalOnly));
        if (shown.length === 0) return null;
        return (
          <section key={g.title} class="reporting-group">
            <h3>{g.title}</h3>
            {shown.map((q) => (
              <QuestionField
                key={q.id}
                question={q}
                value={answers[q.id]}
                derived={derived.includes(q.id)}
                onAnswer={onAnswer}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

function QuestionField({
  question,
  value,
  derived,
  onAnswer,
}: {
  question: Question;
  value: string | undefined;
  derived: boolean;
  onAnswer: (id: QuestionId, value: string) => void;
}) {
  const name = `q-${question.id}`;
  const helpId = question.help ? `${name}-help` : undefined;
  return (
    <fieldset class="reporting-question" aria-describedby={helpId}>
      <legend>{question.label}</legend>
      {question.help && (
        <p id={helpId} class="muted">
          {question.help}
        </p>
      )}
      <div class="reporting-choices">
        {question.choices.map((c) => (
          <label key={c.value} class="reporting-choice">
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              onChange={() => onAnswer(question.id, c.value)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      {value === undefined && (
        <p class="muted reporting-unanswered">
          {derived
            ? '対応記録の分類から『はい』としています'
            : '未回答（「わからない」として扱っています）'}
        </p>
      )}
    </fieldset>
  );
}
