import type { ComponentChildren } from 'preact';
import type { Obligation } from './engine';
import { DeadlineBrief } from './DeadlineBrief';
import { nearestDeadline, notNeededLabel, questionNames, type StatusMap } from './summary';
import { whenText } from './outline';
import { useMessages } from '../../i18n/active';
import { reporting } from '../../i18n/ja/reporting';
import { reportingDeadlines } from '../../i18n/ja/reporting-deadlines';
import { reportingQuestions } from '../../i18n/ja/reporting-questions';
import { useRuleText } from './use-rule-text';
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
  const m = useMessages(reporting);
  const d = useMessages(reportingDeadlines);
  const q = useMessages(reportingQuestions);
  const tr = useRuleText();
  const words = { m, d, tr };
  const { owed, open, notNeeded } = splitByDecision(obligations);
  // Owed first; an undecided one only when nothing owed has a date.
  const owedNext = nearestDeadline(owed, statuses, now);
  const next = owedNext ?? nearestDeadline(open, statuses, now);
  return (
    <section class="reporting-overview" aria-labelledby="reporting-overview">
      <h2 id="reporting-overview">{m.resultTitle}</h2>
      {next && (
        <p class={`reporting-nearest${owedNext ? '' : ' unchecked'}`}>
          <a href={`#dest-${next.destinationId}`}>
            <DeadlineBrief item={next} now={now} />
          </a>
          {!owedNext && <span class="muted">{m.maybeNotNeeded}</span>}
        </p>
      )}
      {unanswered > 0 && (
        <p>
          <a class="button" href="#reporting-questions">
            {m.answerQuestions(unanswered)}
          </a>
        </p>
      )}
      <OverviewGroup title={m.owedTitle(owed.length)} items={owed} none={m.owedNone}>
        {(o) => (
          <>
            <a href={`#dest-${o.destinationId}`}>{tr(o.title)}</a>
            <span class="reporting-overview-when">{whenText(o, statuses, now, words)}</span>
          </>
        )}
      </OverviewGroup>
      {open.length > 0 && (
        <details class="reporting-overview-open">
          <summary>
            <span class="reporting-overview-open-title">{m.openTitle}</span>
            <span class="reporting-overview-open-questions">
              {m.openQuestions(questionNames([...new Set(open.flatMap((o) => o.dueToUnknown))], q))}
            </span>
          </summary>
          <p class="muted">{m.openIntro}</p>
          <ul class="reporting-overview-list">
            {open.map((o) => (
              <li key={o.destinationId}>
                <a href={`#dest-${o.destinationId}`}>{tr(o.title)}</a>
                <span class="reporting-overview-when">
                  {o.dueToUnknown.map((id, i) => (
                    <span key={id}>
                      {i > 0 && q.separator}
                      <a href={`#q-${id}`} title={q.labels[id]}>
                        {questionNames([id], q)}
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
        title={m.notNeededTitle(notNeeded.length)}
        items={notNeeded}
        none={m.notNeededNone}
      >
        {(o) => m.titleWith(tr(o.title), notNeededLabel(o, d))}
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
  /** What to say while there is none yet, e.g. 「答えから、必要と決まったものはまだありません。」. */
  none: string;
  children: (o: Obligation) => ComponentChildren;
}) {
  return (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p class="muted">{none}</p>
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
