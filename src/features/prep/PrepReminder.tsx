import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import { REVIEW, reviewDue } from './review';
import '../../ui/reminder.css';

/** On home: a reminder to review 備え when the last check is older than the review interval. */
export function PrepReminder() {
  const prep = useStore((s) => s.prep);
  const loadPrep = useStore((s) => s.loadPrep);
  useEffect(() => void loadPrep(), [loadPrep]);
  if (!reviewDue(prep?.check?.reviewedAt, new Date())) return null;
  return (
    <aside class="backup-reminder" aria-label="備えの見直し">
      <p>
        前回の備えの点検から{REVIEW.months}
        か月が過ぎました。連絡先や担当者が変わっていないか、見直しておきましょう。
      </p>
      <a class="button" href="/prep/check">
        備えを見直す
      </a>
    </aside>
  );
}
