import type { OpenDeadline } from './summary';
import { latenessOf } from './summary';
import { daysLeft, formatDate } from './dates';
import { useMessages } from '../../i18n/active';
import { reportingDeadlines } from '../../i18n/ja/reporting-deadlines';
import { useRuleText } from './use-rule-text';
import { shortTitleIn } from './words';

/**
 * One open deadline in short, structured words (for the home list and incident pages):
 * state, destination, deadline label, date, 「あと N 日」 and a 法令 / 目安 chip in text.
 * Only a legal deadline past its date says 「期限超過」.
 */
export function DeadlineBrief({ item, now }: { item: OpenDeadline; now: Date }) {
  const m = useMessages(reportingDeadlines);
  const tr = useRuleText();
  const late = latenessOf(item.deadline.basis, item.daysLeft);
  const chips: Readonly<Record<string, string>> = m.chips;
  const chip = chips[item.deadline.basis];
  return (
    <span class={`reporting-brief ${late}`}>
      <span class="reporting-brief-head">
        <span class="reporting-brief-state">
          {late === 'overdue'
            ? m.briefOverdue
            : late === 'past-target'
              ? m.briefPastTarget
              : m.briefNext}
        </span>{' '}
        <span class="reporting-brief-dest">
          {shortTitleIn(tr, item.title, item.deadline.label)}
        </span>{' '}
        <span class="reporting-brief-label">{tr(item.deadline.label)}</span>
      </span>{' '}
      <span class="reporting-brief-when">
        <span class="reporting-brief-date">{formatDate(item.due, m)}</span>{' '}
        <span class="reporting-brief-left">{daysLeft(item.due, now, m)}</span>
        {chip && (
          <>
            {' '}
            <span class="reporting-chip">{chip}</span>
          </>
        )}
      </span>
    </span>
  );
}
