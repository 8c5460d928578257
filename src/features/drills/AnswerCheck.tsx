import { QUESTIONS } from '../reporting/questions';
import { answerDiffs, decisionDiffs } from './answer-check';
import type { Scenario } from './scenario-model';
import { useMessages } from '../../i18n/active';
import { drillsDebrief } from '../../i18n/ja/drills-debrief';
import { drillsRun } from '../../i18n/ja/drills-run';
import { Rendered } from '../../ui/Rendered';

/**
 * 報告・届出の答え合わせ: questions answered otherwise than the scenario expects (with the
 * inject that settled each), destinations whose need differs (with the rules' reasons),
 * and the model's reasons from the guide.
 */
export function AnswerCheck({
  scenario,
  answers,
  discoveredAt,
}: {
  scenario: Scenario;
  answers: Readonly<Record<string, string>>;
  discoveredAt: string;
}) {
  const m = useMessages(drillsDebrief);
  const run = useMessages(drillsRun);
  const diffs = answerDiffs(scenario, answers);
  const decisions = decisionDiffs(scenario, answers, discoveredAt);
  const guideReasons = scenario.model.filter((m) => !m.item && m.why);
  return (
    <section class="card" aria-labelledby="answer-check-title">
      <h3 id="answer-check-title">{m.answerCheckTitle}</h3>
      {diffs.length === 0 ? (
        <p>{m.sameAnswers}</p>
      ) : (
        <ul>
          {diffs.map((d) => (
            <li key={d.question}>
              <p>
                {/* The reporting questions are the reporting feature's words, in Japanese. */}
                <strong lang="ja">{QUESTIONS[d.question].label}</strong>
              </p>
              <p>
                {m.answerLine(d.given ? m.answers[d.given] : m.unanswered, m.answers[d.answer])}
              </p>
              <p class="muted small">
                {m.basis(run.injectMeta(d.inject.at, run.channels[d.inject.channel]))}
                <Rendered text={d.inject.text} />
                {m.basisEnd}
              </p>
            </li>
          ))}
        </ul>
      )}
      {decisions.length > 0 && (
        <>
          <h4>{m.decisionsTitle}</h4>
          <ul>
            {decisions.map((d) => (
              <li key={d.title}>
                <p>
                  <strong>
                    <Rendered text={d.title} />
                  </strong>
                  {d.modelApplies ? m.neededInModel : m.neededInDrill}
                </p>
                <ul class="muted small">
                  {d.reasons.map((r) => (
                    <li key={r.id}>
                      <Rendered text={r.text} />
                      {(r.verified ? m.reasonSource : m.reasonSourceUnverified)(r.source)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {(diffs.length > 0 || decisions.length > 0) &&
        guideReasons.map((step, i) => (
          <p key={i} class="small">
            {m.guideSays}
            <Rendered text={step.why!} />
            {step.guide && (
              <>
                {m.guideOpen}
                <Rendered text={step.guide} />
                {m.guideClose}
              </>
            )}
          </p>
        ))}
    </section>
  );
}
