import type { DrillDebrief } from '../../storage';
import { useFormatJst } from '../../ui/useFormatJst';
import { STEP_IDS } from './scenario-model';
import { scenarioById } from './scenarios';
import { useDebriefs } from './useDebriefs';
import { useMessages } from '../../i18n/active';
import { drills } from '../../i18n/ja/drills';
import { drillsDebrief } from '../../i18n/ja/drills-debrief';
import type { Messages } from '../../i18n/namespace';
import { Rendered } from '../../ui/Rendered';

/** 「経営者への報告 14分・第一報 まだ」: the measured steps of a run, or of its targets. */
function keyDurations(
  d: DrillDebrief,
  m: Messages<typeof drillsDebrief>,
  labels: Messages<typeof drills>,
): string {
  const targets = scenarioById(d.scenarioId)?.targets ?? {};
  const steps = STEP_IDS.filter((s) => d.durations[s] !== undefined || targets[s] !== undefined);
  if (steps.length === 0) return m.nothingMeasured;
  return steps
    .map((s) => {
      const minutes = d.durations[s];
      return m.stepTime(
        labels.steps[s],
        minutes === undefined ? m.notYet : labels.minutes(minutes),
      );
    })
    .join(m.stepSeparator);
}

/** これまでの訓練: every kept debrief, newest first, with its date, scenario and key durations. */
export function PastDrills() {
  const formatJst = useFormatJst();
  const m = useMessages(drillsDebrief);
  const labels = useMessages(drills);
  const { debriefs, error } = useDebriefs();
  return (
    <section aria-labelledby="past-drills-title">
      <h2 id="past-drills-title">{m.pastTitle}</h2>
      {error ? (
        <p class="notice error" role="alert">
          {error}
        </p>
      ) : !debriefs ? (
        <p class="muted">{m.loading}</p>
      ) : debriefs.length === 0 ? (
        <p>{m.pastEmpty}</p>
      ) : (
        <ul class="past-drills" aria-label={m.pastTitle}>
          {[...debriefs].reverse().map((d) => {
            const title = scenarioById(d.scenarioId)?.title;
            return (
              <li key={d.incidentId}>
                <a class="past-drill-link" href={`/drills/debriefs/${d.incidentId}`}>
                  {m.pastDate(formatJst(d.startedAt))}
                  {title ? <Rendered text={title} /> : m.goneScenario}
                </a>
                <p class="small">{keyDurations(d, m, labels)}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
