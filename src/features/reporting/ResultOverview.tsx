import type { ComponentChildren } from 'preact';
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
  unanswered,
}: {
  obligations: readonly Obligation[];
  statuses: StatusMap;
  now: Date;
  /** Questions not yet answered (nor filled in from the incident's types). */
  unanswered: number;
}) {
  const { owed, open, notNeeded } = splitByDecision(obligations);
  // Owed first; an undecided one only when nothing owed has a date.
  const owedNext = nearestDeadline(owed, statuses, now);
  const next = owedNext ?? nearestDeadline(open, statuses, now);
  return (
    <section class="reporting-overview" aria-labelledby="reporting-overview">
      <h2 id="reporting-overview">結果</h2>
      {next && (
        <p class={`reporting-nearest${owedNext ? '' : ' unchecked'}`}>
          <a href={`#dest-${next.destinationId}`}>
            <DeadlineBrief item={next} now={now} />
          </a>
          {!owedNext && <span class="muted">（答えによっては不要です）</span>}
        </p>
      )}
      {unanswered > 0 && (
        <p>
          <a class="button" href="#reporting-questions">
            質問に答える（未回答 {unanswered} 問）
          </a>
        </p>
      )}
      <OverviewGroup
        title={`必要なもの（${owed.length}件）`}
        items={owed}
        none="必要と決まったもの"
      >
        {(o) => (
          <>
            <a href={`#dest-${o.destinationId}`}>{o.title}</a>
            <span class="reporting-overview-when">{whenText(o, statuses, now)}</span>
          </>
        )}
      </OverviewGroup>
      {open.length > 0 && (
        <details class="reporting-overview-open">
          <summary>
            <span class="reporting-overview-open-title">答えると決まります</span>
            <span class="reporting-overview-open-questions">
              決め手の質問：{questionNames([...new Set(open.flatMap((o) => o.dueToUnknown))])}
            </span>
          </summary>
          <p class="muted">
            「わからない」や未回答の質問があるため、まだ決まっていません。念のため、必要な側として下の詳しい内容に載せています。
          </p>
          <ul class="reporting-overview-list">
            {open.map((o) => (
              <li key={o.destinationId}>
                <a href={`#dest-${o.destinationId}`}>{o.title}</a>
                <span class="reporting-overview-when">
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
        </details>
      )}
      <OverviewGroup
        title={`不要なもの（${notNeeded.length}件）`}
        items={notNeeded}
        none="不要と決まったもの"
      >
        {(o) => `${o.title}：${notNeededLabel(o)}`}
      </OverviewGroup>
    </section>
  );
}

/** One part of the overview: a heading and its destinations, or a calm 「まだありません」. */
function OverviewGroup({
  title,
  items,
  none,
  children,
}: {
  title: string;
  items: readonly Obligation[];
  /** What there is none of yet, e.g. 「必要と決まったもの」. */
  none: string;
  children: (o: Obligation) => ComponentChildren;
}) {
  return (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p class="muted">答えから、{none}はまだありません。</p>
      ) : (
        <ul class="reporting-overview-list">
          {items.map((o) => (
            <li key={o.destinationId}>{children(o)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
