import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useMessages } from '../../i18n/active';
import { incidentsChecklist } from '../../i18n/ja/incidents-checklist';

/** A progress bar with its text label (never colour alone); the text names the bar. */
export function ProgressBar({
  label,
  done,
  total,
}: {
  /** What is measured (a phase's title may be a rendered sentence). */
  label: ComponentChildren;
  done: number;
  total: number;
}) {
  const m = useMessages(incidentsChecklist);
  const id = useId();
  const percent = total ? Math.round((done / total) * 100) : 0;
  return (
    <div class="progress">
      <span class="progress-text" id={id}>
        {label}
        {m.progress(done, total, percent)}
      </span>
      <progress max={total || 1} value={done} aria-labelledby={id}>
        {percent}%
      </progress>
    </div>
  );
}
