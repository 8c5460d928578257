import { ANSWER_LABELS, QUESTIONS } from '../reporting/questions';
import { answerDiffs, decisionDiffs } from './answer-check';
import { CHANNEL_LABELS, type Scenario } from './scenario-model';

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
  const diffs = answerDiffs(scenario, answers);
  const decisions = decisionDiffs(scenario, answers, discoveredAt);
  const guideReasons = scenario.model.filter((m) => !m.item && m.why);
  return (
    <section class="card" aria-labelledby="answer-check-title">
      <h3 id="answer-check-title">報告・届出の答え合わせ</h3>
      {diffs.length === 0 ? (
        <p>想定した答えと同じでした。</p>
      ) : (
        <ul>
          {diffs.map((d) => (
            <li key={d.question}>
              <p>
                <strong>{QUESTIONS[d.question].label}</strong>
              </p>
              <p>
                訓練での答え：{d.given ? ANSWER_LABELS[d.given] : '未回答'}／想定した答え：
                {ANSWER_LABELS[d.answer]}
              </p>
              <p class="muted small">
                根拠：T+{d.inject.at}分・{CHANNEL_LABELS[d.inject.channel]}「{d.inject.text}」
              </p>
            </li>
          ))}
        </ul>
      )}
      {decisions.length > 0 && (
        <>
          <h4>判断が変わる報告・届出</h4>
          <ul>
            {decisions.map((d) => (
              <li key={d.title}>
                <p>
                  <strong>{d.title}</strong>：想定した答えでは
                  {d.modelApplies ? '必要' : '不要'}、訓練での答えでは
                  {d.modelApplies ? '不要' : '必要'}になります。
                </p>
                <ul class="muted small">
                  {d.reasons.map((r) => (
                    <li key={r.id}>
                      {r.text}（根拠：{r.source}
                      {r.verified ? '' : '・出典確認中'}）
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {(diffs.length > 0 || decisions.length > 0) &&
        guideReasons.map((m, i) => (
          <p key={i} class="small">
            手引きでは：{m.why}
            {m.guide && `（${m.guide}）`}
          </p>
        ))}
    </section>
  );
}
