import type { OpenDeadline } from './summary';
import { latenessOf } from './summary';
import { daysLeft, formatJaDate } from './dates';

const CHIPS: Record<OpenDeadline['deadline']['basis'], string> = {
  law: '法令',
  guideline: '目安',
  guide: '手引き',
  none: '',
};

/**
 * A destination's title without a trailing 「（…）」 that only repeats the deadline label,
 * e.g. 「個人情報保護委員会への報告（速報・確報）」 + 速報 → 「個人情報保護委員会への報告」.
 */
export function shortTitle(title: string, label: string): string {
  const m = /^(.+)（([^（）]*)）$/.exec(title);
  return m && m[2].includes(label) ? m[1] : title;
}

/**
 * One open deadline in short, structured words (for the home list and incident pages):
 * state, destination, deadline label, date, 「あと N 日」 and a 法令 / 目安 chip in text.
 * Only a legal deadline past its date says 「期限超過」.
 */
export function DeadlineBrief({ item, now }: { item: OpenDeadline; now: Date }) {
  const late = latenessOf(item.deadline.basis, item.daysLeft);
  const chip = CHIPS[item.deadline.basis];
  return (
    <span class={`reporting-brief ${late}`}>
      <span class="reporting-brief-head">
        <span class="reporting-brief-state">
          {late === 'overdue'
            ? '⚠ 期限超過'
            : late === 'past-target'
              ? '⚠ 目安を過ぎています'
              : '次の期限'}
        </span>{' '}
        <span class="reporting-brief-dest">{shortTitle(item.title, item.deadline.label)}</span>{' '}
        <span class="reporting-brief-label">{item.deadline.label}</span>
      </span>{' '}
      <span class="reporting-brief-when">
        <span class="reporting-brief-date">{formatJaDate(item.due)}</span>{' '}
        <span class="reporting-brief-left">{daysLeft(item.due, now)}</span>
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
