import type { DrillDebrief } from '../../storage';
import { useFormatJst } from '../../ui/useFormatJst';
import { compareRuns, type StepComparison } from './debrief-data';
import { useMessages } from '../../i18n/active';
import { drills } from '../../i18n/ja/drills';
import { drillsDebrief } from '../../i18n/ja/drills-debrief';
import type { Messages } from '../../i18n/namespace';

/** How many runs are shown side by side (the newest). */
const SHOWN_RUNS = 5;

/** The trend of a step in words (never colour alone). */
function trendText(
  { trend, delta, minutes }: StepComparison,
  m: Messages<typeof drillsDebrief>,
  minutesLabel: (m: number) => string,
): string {
  const now = minutes.at(-1);
  if (trend === 'better') return delta > 0 ? m.faster(minutesLabel(delta)) : m.doneNow;
  if (trend === 'worse') return now === undefined ? m.notDoneNow : m.slower(minutesLabel(-delta));
  if (trend === 'same') return m.same;
  return m.noPrevious;
}

/**
 * 同じ訓練との比較: the minutes of each measured step in the latest runs of one scenario,
 * oldest first, and whether the last run did better than the one before.
 */
export function RunComparison({ runs }: { runs: readonly DrillDebrief[] }) {
  const formatJst = useFormatJst();
  const m = useMessages(drillsDebrief);
  const d = useMessages(drills);
  const shown = runs.slice(-SHOWN_RUNS);
  if (shown.length < 2) return null;
  const rows = compareRuns(shown);
  return (
    <section class="card" aria-labelledby="compare-title">
      <h3 id="compare-title">{m.compareTitle}</h3>
      {rows.length === 0 ? (
        <p>{m.nothingComparable}</p>
      ) : (
        <dl class="run-compare">
          {rows.map((r) => (
            <div key={r.step}>
              <dt>{d.steps[r.step]}</dt>
              <dd>
                <ul>
                  {shown.map((run, i) => (
                    <li key={run.incidentId}>
                      {m.run(
                        formatJst(run.startedAt),
                        r.minutes[i] === undefined ? m.notYet : d.minutes(r.minutes[i]!),
                      )}
                    </li>
                  ))}
                </ul>
                <p class={`trend trend-${r.trend}`}>
                  <strong>{trendText(r, m, d.minutes)}</strong>
                </p>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
