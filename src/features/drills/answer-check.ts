/**
 * The drill's reporting answers against the scenario's: each question an inject settled,
 * and each destination whose need differs under the two sets of answers. Pure.
 */
import { evaluate, type Reason } from '../reporting/engine';
import { toAnswer, type Answer, type QuestionId } from '../reporting/questions';
import type { Inject, Scenario } from './scenario-model';

/** An answer the scenario expects, and the inject that settles it. */
export interface ExpectedAnswer {
  question: QuestionId;
  answer: Answer;
  inject: Inject;
}

/** A question answered otherwise in the drill (`given` undefined: not answered). */
export interface AnswerDiff extends ExpectedAnswer {
  given: Answer | undefined;
}

/** A destination needed under one set of answers and not the other. */
export interface DecisionDiff {
  title: string;
  /** Whether the scenario's answers make it needed. */
  modelApplies: boolean;
  /** Why, under the scenario's answers (criteria met, or why it is not needed). */
  reasons: Reason[];
}

/** The scenario's answers, in question order of their injects (a later inject wins). */
export function expectedAnswers(s: Scenario): ExpectedAnswer[] {
  const by = new Map<QuestionId, ExpectedAnswer>();
  for (const inject of s.injects)
    for (const [q, answer] of Object.entries(inject.expect?.answers ?? {}))
      by.set(q as QuestionId, { question: q as QuestionId, answer: answer!, inject });
  return [...by.values()];
}

/** The questions the drill answered otherwise than the scenario expects. */
export function answerDiffs(s: Scenario, answers: Readonly<Record<string, string>>): AnswerDiff[] {
  return expectedAnswers(s)
    .map((e) => ({ ...e, given: toAnswer(e.question, answers[e.question]) }))
    .filter((d) => d.given !== d.answer);
}

/**
 * Destinations whose need differs between the drill's answers and the scenario's (the
 * drill's answers with the scenario's laid over them), with the scenario side's reasons.
 */
export function decisionDiffs(
  s: Scenario,
  answers: Readonly<Record<string, string>>,
  discoveredAt: string,
): DecisionDiff[] {
  const model = { ...answers };
  for (const e of expectedAnswers(s)) model[e.question] = e.answer;
  const causes = s.causes ?? [];
  const given = new Map(
    evaluate(answers, discoveredAt, s.types, causes).map((o) => [o.destinationId, o.applies]),
  );
  return evaluate(model, discoveredAt, s.types, causes)
    .filter((o) => given.get(o.destinationId) !== o.applies)
    .map((o) => {
      // Criteria met on firm answers say why; 「わからない」 ones only when nothing firm is met.
      const firm = o.reasons.filter((r) => r.state !== 'unknown');
      return { title: o.title, modelApplies: o.applies, reasons: firm.length ? firm : o.reasons };
    });
}
