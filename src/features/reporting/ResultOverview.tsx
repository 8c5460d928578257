import type { Obligation } from './engine';
import { DeadlineBrief } from './DeadlineBrief';
import { nearestDeadline, notNeededLabel, questionNames, type StatusMap } from './summary';
import { whenText } from './outline';
import { QUESTIONS } from './questions';
import { splitByDecision } from './decided';
import './overview.css';

/**
 * The result first: the nearest open deadline (date, weekday, あと N 日), then what is owed
 * (decided), what is still open with the questions that decide it, and what is not needed.
 * Only decided items are counted.
 */
export function ResultOverview({
  obligations,
  statuses,
  now,
}: {
  obligations: readonly Obligation[];
  statuses: StatusMap;
  now: Date;
}) {
  const { owed, open, notNeeded } = splitByDecision(obligations);
  const nearest = nearestDeadline(owed, statuses, now);
  const nearestOpen = nearest ? null : nearestDeadline(open, statuses, now);
  return (
    <section class="reporting-overview" aria-labelledby="reporting-overview">
      <h2 id="reporting-overview">結果</h2>
      {nearest && (
        <p class="reporting-nearest">
          <a href={`#dest-${nearest.destinationId}`}>
            <DeadlineBrief item={nearest} now={now} />
          </a>
        </p>
      )}
      {nearestOpen && (
        <p class="reporting-nearest unchecked">
          <a href={`#dest-${nearestOpen.destinationId}`}>
            <DeadlineBrief item={nearestOpen} now={now} />
          </a>
          <span class="muted">（答えによっては不要です）</span>
        </p>
      )}
      <h3>必要なもの（{owed.length}件）</h3>
      {owed.length === 0 ? (
        <p class="muted">答えから、必要と決まったものはまだありません。</p>
      ) : (
        <ul class="reporting-overview-list">
          {owed.map((o) => (
            <li key={o.destinationId}>
              <a href={`#dest-${o.destinationId}`}>{o.title}</a>
              <span class="reporting-overview-when">{whenText(o, statuses, now)}</span>
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 && (
        <>
          <h3>答えると決まります</h3>
          <p class="muted">
            「わからない」や未回答の質問があるため、まだ決まっていません。念のため、必要な側として下に載せています。
          </p>
          <ul class="reporting-overview-list">
            {open.map((o) => (
              <li key={o.destinationId}>
                <a href={`#dest-${o.destinationId}`}>{o.title}</a>
                <span class="reporting-overview-when">
                  決め手の質問：
                  {o.dueToUnknown.map((q, i) => (
                    <span key={q}>
                      {i > 0 && '、'}
                      <a href={`#q-${q}`} title={QUESTIONS[q].label}>
                        {questionNames([q])}
                      </a>
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>不要なもの（{notNeeded.length}件）</h3>
      {notNeeded.length === 0 ? (
        <p class="muted">答えから、不要と決まったものはまだありません。</p>
      ) : (
        <ul class="reporting-overview-list is-not-needed">
          {notNeeded.map((o) => (
            <li key={o.destinationId}>
              {o.title}：{notNeededLabel(o)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
