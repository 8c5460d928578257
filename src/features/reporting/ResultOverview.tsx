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
}: {
  obligations: readonly Obligation[];
  statuses: StatusMap;
  now: Date;
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
        <OverviewGroup
          title="答えると決まります"
          items={open}
          none=""
          note="「わからない」や未回答の質問があるため、まだ決まっていません。念のため、必要な側として下に載せています。"
        >
          {(o) => (
            <>
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
            </>
          )}
        </OverviewGroup>
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
  note,
  children,
}: {
  title: string;
  items: readonly Obligation[];
  /** What there is none of yet, e.g. 「必要と決まったもの」. */
  none: string;
  /** A line under the heading. */
  note?: string;
  children: (o: Obligation) => ComponentChildren;
}) {
  return (
    <>
      <h3>{title}</h3>
      {note && <p class="muted">{note}</p>}
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
