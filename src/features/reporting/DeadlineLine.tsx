import type { Deadline } from './engine';
import { daysLeft, daysUntil, formatJaDate } from './dates';
import { basisLabel } from './summary';

/**
 * One deadline: label, date, 「あと N 日」 (or 「✓ 対応済み」 with the date it was done),
 * and whether it is a legal deadline, in words.
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
  const overdue = !done && left !== null && left < 0;
  return (
    <li class={`reporting-deadline basis-${deadline.basis}${overdue ? ' overdue' : ''}`}>
      <p>
        <strong>{deadline.label}</strong>
        {deadline.due ? (
          <>
            ：<span class="reporting-due">{formatJaDate(deadline.due)}まで</span>
            {!done && (
              <span class="reporting-left">
                {overdue ? '⚠ 期限超過：' : '（'}
                {daysLeft(deadline.due, now)}
                {overdue ? '' : '）'}
              </span>
            )}
          </>
        ) : null}
        {done && <span class="reporting-done">✓ 対応済み（{doneAt ?? '日付なし'}）</span>}
      </p>
      <p class="reporting-basis">
        <span class="reporting-basis-label">{basisLabel(deadline.basis)}</span>：{deadline.text}
      </p>
      <p class="muted reporting-source">
        根拠：{deadline.source}
        {!deadline.verified && `（未確認：${deadline.note ?? '公的な資料で確認できていません'}）`}
      </p>
    </li>
  );
}
