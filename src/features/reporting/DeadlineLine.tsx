import type { Deadline } from './engine';
import { daysLeft, daysUntil, formatJaDate } from './dates';
import { SourceNote } from './SourceNote';
import { basisLabel, latenessOf, pastTargetText } from './summary';

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
}: {
  deadline: Deadline;
  now: Date;
  done: boolean;
  doneAt?: string;
}) {
  const left = deadline.due ? daysUntil(deadline.due, now) : null;
  const late = done || left === null ? 'on-time' : latenessOf(deadline.basis, left);
  return (
    <li class={`reporting-deadline basis-${deadline.basis}${late === 'on-time' ? '' : ` ${late}`}`}>
      <p>
        <strong>{deadline.label}</strong>
        {deadline.due ? (
          <>
            ：<span class="reporting-due">{formatJaDate(deadline.due)}まで</span>
            {!done && late === 'on-time' && (
              <span class="reporting-left">（{daysLeft(deadline.due, now)}）</span>
            )}
            {late === 'overdue' && (
              <span class="reporting-left">⚠ 期限超過：{daysLeft(deadline.due, now)}</span>
            )}
            {late === 'past-target' && (
              <span class="reporting-left">⚠ {pastTargetText(deadline)}</span>
            )}
          </>
        ) : null}
        {done && <span class="reporting-done">✓ 対応済み（{doneAt ?? '日付なし'}）</span>}
      </p>
      <p class="reporting-basis">
        <span class="reporting-basis-label">{basisLabel(deadline.basis)}</span>：{deadline.text}
      </p>
      <p>
        <SourceNote source={deadline.source} verified={deadline.verified} />
      </p>
    </li>
  );
}
