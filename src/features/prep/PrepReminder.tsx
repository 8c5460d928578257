import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import { useMessages } from '../../i18n/active';
import { prepReminder } from '../../i18n/ja/prep-reminder';
import { REVIEW, reviewDue } from './review';
import '../../ui/reminder.css';

/** On home: a reminder to review 備え when the last check is older than the review interval. */
export function PrepReminder() {
  const prep = useStore((s) => s.prep);
  const loadPrep = useStore((s) => s.loadPrep);
  const m = useMessages(prepReminder);
  useEffect(() => void loadPrep(), [loadPrep]);
  if (!reviewDue(prep?.check?.reviewedAt, new Date())) return null;
  return (
    <aside class="backup-reminder" aria-label={m.label}>
      <p>{m.text(REVIEW.months)}</p>
      <a class="button" href="/prep/check">
        {m.link}
      </a>
    </aside>
  );
}
