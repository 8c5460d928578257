import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { DeadlineCheck } from './reminders';
import { DeadlineBrief } from './DeadlineBrief';
import { FoldedList } from '../../ui/FoldedList';
import { latenessOf } from './summary';
import { useMessages } from '../../i18n/active';
import { reportingDeadlines } from '../../i18n/ja/reporting-deadlines';
import './reporting.css';

/**
 * On opening the app: overdue and due-soon reporting deadlines across open incidents,
 * nearest first, and 「報告・届出の確認がまだです」 for incidents whose questionnaire
 * is not started (also sets the app badge where supported). Renders nothing when none.
 */
export default function DueSoon({ now }: { now?: Date }) {
  const checkDeadlines = useStore((s) => s.checkDeadlines);
  const [check, setCheck] = useState<DeadlineCheck | null>(null);
  const m = useMessages(reportingDeadlines);
  useEffect(() => {
    let live = true;
    checkDeadlines(now ?? new Date()).then(
      (c) => live && setCheck(c),
      () => live && setCheck(null),
    );
    return () => {
      live = false;
    };
  }, [now, checkDeadlines]);
  if (!check || check.items.length === 0) return null;
  const today = now ?? new Date();
  // Two short lists, each folded: a long list never pushes the type buttons off the screen.
  const due = check.items.filter((i) => !i.unchecked);
  const unchecked = check.items.filter((i) => i.unchecked);
  return (
    <section class="card due-soon" aria-labelledby="due-soon-title">
      <h2 id="due-soon-title">{m.dueSoonTitle}</h2>
      <FoldedList items={due} what={m.dueSoonTitle}>
        {({ incidentId, title, nearest }) => {
          const late = latenessOf(nearest.deadline.basis, nearest.daysLeft);
          return (
            <li key={incidentId} class={late === 'on-time' ? undefined : late}>
              <a href={`/incidents/${incidentId}/reporting`}>
                <span class="due-soon-incident">
                  <bdi>{title}</bdi>
                </span>{' '}
                <DeadlineBrief item={nearest} now={today} />
              </a>
            </li>
          );
        }}
      </FoldedList>
      <FoldedList items={unchecked} what={m.unchecked}>
        {({ incidentId, title }) => (
          <li key={incidentId} class="unchecked">
            <a href={`/incidents/${incidentId}/reporting`}>
              <strong>{m.unchecked}</strong>：<bdi>{title}</bdi>
            </a>
          </li>
        )}
      </FoldedList>
    </section>
  );
}
