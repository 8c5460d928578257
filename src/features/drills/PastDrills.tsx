import type { DrillDebrief } from '../../storage';
import { formatJst } from '../../lib/jst';
import { STEP_LABELS, minutesLabel } from './durations';
import { STEP_IDS } from './scenario-model';
import { scenarioById } from './scenarios';
import { useDebriefs } from './useDebriefs';

/** 「経営者への報告 14分・第一報 まだ」: the measured steps of a run, or of its targets. */
function keyDurations(d: DrillDebrief): string {
  const targets = scenarioById(d.scenarioId)?.targets ?? {};
  const steps = STEP_IDS.filter((s) => d.durations[s] !== undefined || targets[s] !== undefined);
  if (steps.length === 0) return '測れる手順はまだ記録されていません';
  return steps
    .map((s) => {
      const m = d.durations[s];
      return `${STEP_LABELS[s]} ${m === undefined ? 'まだ' : minutesLabel(m)}`;
    })
    .join('・');
}

/** これまでの訓練: every kept debrief, newest first, with its date, scenario and key durations. */
export function PastDrills() {
  const { debriefs, error } = useDebriefs();
  return (
    <section aria-labelledby="past-drills-title">
      <h2 id="past-drills-title">これまでの訓練</h2>
      {error ? (
        <p class="notice error" role="alert">
          {error}
        </p>
      ) : !debriefs ? (
        <p class="muted">読み込んでいます…</p>
      ) : debriefs.length === 0 ? (
        <p>まだありません。訓練を予定の時間まで進めると、ふりかえりがここに残ります。</p>
      ) : (
        <ul class="past-drills" aria-label="これまでの訓練">
          {[...debriefs].reverse().map((d) => (
            <li key={d.incidentId}>
              <a class="past-drill-link" href={`/drills/debriefs/${d.incidentId}`}>
                {formatJst(d.startedAt)}：
                {scenarioById(d.scenarioId)?.title ?? 'いまはない訓練の台本'}
              </a>
              <p class="small">{keyDurations(d)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
