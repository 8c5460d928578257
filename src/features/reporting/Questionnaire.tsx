import { useRef, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/active';
import { reportingQuestions } from '../../i18n/ja/reporting-questions';
import {
  QUESTION_GROUPS,
  type Answer,
  type Answers,
  type Question,
  type QuestionGroup,
  type QuestionId,
} from './questions';

/**
 * The reporting questionnaire: one radio group (fieldset + legend) per question, in groups
 * that fold away once every question in them is answered. `derived`: answers the engine
 * fills in from the incident's 分類 (shown checked, marked 「種類から入力」, editable: a
 * choice the person makes is stored and wins). `hidden`: questions not asked for this incident.
 */
export function Questionnaire({
  answers,
  derived = {},
  hidden = [],
  onAnswer,
}: {
  answers: Answers;
  derived?: Partial<Record<QuestionId, Answer>>;
  hidden?: readonly QuestionId[];
  onAnswer: (id: QuestionId, value: string) => void;
}) {
  const m = useMessages(reportingQuestions);
  const shownOf = (g: QuestionGroup, a: Answers) =>
    g.questions.filter((q) => !(a.personal === 'no' && q.personalOnly) && !hidden.includes(q.id));
  const answered = (g: QuestionGroup, a: Answers) =>
    shownOf(g, a).every((q) => a[q.id] !== undefined || derived[q.id] !== undefined);
  // Groups start folded when already answered; the person may open and close any of them.
  const [open, setOpen] = useState(
    () => new Set(QUESTION_GROUPS.filter((g) => !answered(g, answers)).map((g) => g.id)),
  );
  const summaries = useRef(new Map<string, HTMLElement>());
  const toggle = (id: QuestionGroup['id'], isOpen: boolean) =>
    setOpen((s) => {
      if (s.has(id) === isOpen) return s;
      const next = new Set(s);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  const answer = (g: QuestionGroup, id: QuestionId, value: string) => {
    onAnswer(id, value);
    // The last answer of a group folds it; focus stays on its (visible) summary.
    if (answered(g, { ...answers, [id]: value as Answer })) {
      toggle(g.id, false);
      summaries.current.get(g.id)?.focus();
    }
  };
  return (
    <div class="reporting-questions">
      <p class="muted">{m.intro}</p>
      {QUESTION_GROUPS.map((g) => {
        const shown = shownOf(g, answers);
        if (shown.length === 0) return null;
        const done = answered(g, answers);
        return (
          <details
            key={g.id}
            class="reporting-group"
            open={open.has(g.id)}
            onToggle={(e) => toggle(g.id, e.currentTarget.open)}
          >
            <summary
              ref={(el) => {
                if (el) summaries.current.set(g.id, el);
              }}
            >
              <span class="reporting-group-title">{m.groups[g.id]}</span>
              <span class="reporting-group-state">
                {done ? m.groupDone(shown.length) : m.groupCount(shown.length)}
              </span>
              {done && !open.has(g.id) && (
                <span class="reporting-group-answers muted">
                  {shown
                    .map((q) => m.answers[(answers[q.id] ?? derived[q.id]) as Answer])
                    .join(m.answerSeparator)}
                </span>
              )}
            </summary>
            {shown.map((q) => (
              <QuestionField
                key={q.id}
                question={q}
                value={answers[q.id]}
                derived={derived[q.id]}
                onAnswer={(id, v) => answer(g, id, v)}
              />
            ))}
          </details>
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
  derived: Answer | undefined;
  onAnswer: (id: QuestionId, value: string) => void;
}) {
  const m = useMessages(reportingQuestions);
  const help: Readonly<Record<string, string>> = m.help;
  const name = `q-${question.id}`;
  const helpId = question.help ? `${name}-help` : undefined;
  const shown = value ?? derived;
  const fromType = value === undefined && derived !== undefined;
  return (
    <fieldset id={name} class="reporting-question" aria-describedby={helpId}>
      <legend>
        {m.labels[question.id]}
        {fromType && <span class="reporting-badge reporting-derived">{m.fromType}</span>}
      </legend>
      {question.help && (
        <p id={helpId} class="muted">
          {help[question.id] ?? question.help}
        </p>
      )}
      <div class="reporting-choices">
        {question.choices.map((c) => (
          <label key={c.value} class="reporting-choice">
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={shown === c.value}
              onChange={() => onAnswer(question.id, c.value)}
            />
            <span>{m.answers[c.value]}</span>
          </label>
        ))}
      </div>
      {fromType && <p class="muted reporting-unanswered">{m.fromTypeHint}</p>}
      {shown === undefined && <p class="muted reporting-unanswered">{m.unanswered}</p>}
    </fieldset>
  );
}
