/** A progress bar with its text label (never colour alone). */
export function ProgressBar({
  label,
  done,
  total,
}: {
  label: string;
  done: number;
  total: number;
}) {
  const percent = total ? Math.round((done / total) * 100) : 0;
  return (
    <div class="progress">
      <span class="progress-text">
        {label}: {done} / {total} 件（{percent}%）
      </span>
      <progress max={total || 1} value={done} aria-label={`${label}の進み具合`}>
        {percent}%
      </progress>
    </div>
  );
}
