import type { DrillDebrief } from '../../storage';
import { formatJst } from '../../lib/jst';
import { compareRuns, type StepComparison } from './debrief-data';
import { STEP_LABELS, minutesLabel } from './durations';

/** How many runs are shown side by side (the newest). */
const SHOWN_RUNS = 5;

/** The trend of a step in words (never colour alone). */
function trendText({ trend, delta, minutes }: StepComparison): string {
  const now = minutes.at(-1);
  if (trend === 'better')
    return delta > 0 ? `改善：前回より${minutesLabel(delta)}早い` : '改善：今回はできた';
  if (trend === 'worse')
    return now === undefined ? '後退：今回はまだ' : `後退：前回より${minutesLabel(-delta)}遅い`;
  if (trend === 'same') return '前回と同じ';
  return '比べられる前回がありません';
}

/**
 * 同じ訓練との比較: the minutes of each measured step in the latest runs of one scenario,
 * oldest first, and whether the last run did better than the one before.
 */
export function RunComparison({ runs }: { runs: readonly DrillDebrief[] }) {
  const shown = runs.slice(-SHOWN_RUNS);
  if (shown.length < 2) return null;
  const rows = compareRuns(shown);
  return (
    <section class="card" aria-labelledby="compare-title">
      <h3 id="compare-title">同じ訓練との比較（古い順）</h3>
      {rows.length === 0 ? (
        <p>どの回も、測れる手順がまだ記録されていません。</p>
      ) : (
        <dl class="run-compare">
          {rows.map((r) => (
            <div key={r.step}>
              <dt>{STEP_LABELS[r.step]}</dt>
              <dd>
                <ul>
                  {shown.map((run, i) => (
                    <li key={run.incidentId}>
                      {formatJst(run.startedAt)}：
                      {r.minutes[i] === undefined ? 'まだ' : minutesLabel(r.minutes[i]!)}
                    </li>
                  ))}
                </ul>
                <p class={`trend trend-${r.trend}`}>
                  <strong>{trendText(r)}</strong>
                </p>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
