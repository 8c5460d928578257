import type { Deadline } from './engine';
import { daysLeft, daysUntil, formatDate } from './dates';
import { SourceNote } from './SourceNote';
import { basisLabel, latenessOf, pastTargetText } from './summary';
import { useMessages } from '../../i18n/active';
import { reporting } from '../../i18n/ja/reporting';
import { reportingDeadlines } from '../../i18n/ja/reporting-deadlines';
import { Rendered } from '../../ui/Rendered';
import type { RuleText } from './words';

/**
 * One deadline: label, date, 「あと N 日」 (or 「✓ 対応済み」 with the date it was done),
 * and whether it is a legal deadline, in words. Only a legal deadline past its date is
 * 「期限超過」 (red); a guideline target past its date is a calmer amber reminder.
 */
export function DeadlineLine({
  deadline,
  now,
  done,
  doneAt,
  tr,
}: {
  deadline: Deadline;
  now: Date;
  done: boolean;
  doneAt?: string;
  /** The rule texts in the language on screen. */
  tr: RuleText;
}) {
  const m = useMessages(reporting);
  const d = useMessages(reportingDeadlines);
  const left = deadline.due ? daysUntil(deadline.due, now) : null;
  const late = done || left === null ? 'on-time' : latenessOf(deadline.basis, left);
  const label = tr(deadline.label);
  return (
    <li class={`reporting-deadline basis-${deadline.basis}${late === 'on-time' ? '' : ` ${late}`}`}>
      <p>
        <strong>{label}</strong>
        {deadline.due ? (
          <>
            {m.colon}
            <span class="reporting-due">{d.until(formatDate(deadline.due, d))}</span>
            {!done && late === 'on-time' && (
              <span class="reporting-left">{m.inParens(daysLeft(deadline.due, now, d))}</span>
            )}
            {late === 'overdue' && (
              <span class="reporting-left">{m.overdueBy(daysLeft(deadline.due, now, d))}</span>
            )}
            {late === 'past-target' && (
              <span class="reporting-left">⚠ {pastTargetText(deadline, d, label)}</span>
            )}
          </>
        ) : null}
        {done && <span class="reporting-done">{m.statusDone(doneAt ?? m.noDoneDate)}</span>}
      </p>
      <p class="reporting-basis">
        <span class="reporting-basis-label">{basisLabel(deadline.basis, d)}</span>
        {m.colon}
        <Rendered text={deadline.text} />
      </p>
      <p>
        <SourceNote source={deadline.source} verified={deadline.verified} />
      </p>
    </li>
  );
}
