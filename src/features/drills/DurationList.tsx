import { STEP_IDS, type StepId } from './scenario-model';
import { STEP_LABELS, minutesLabel } from './durations';

/**
 * かかった時間: minutes from 発覚 to each step known so far, against the drill's targets
 * when given (a late step says so in words, not only by colour).
 */
export function DurationList({
  durations,
  targets,
}: {
  durations: Partial<Record<StepId, number>>;
  targets?: Partial<Record<StepId, number>>;
}) {
  const steps = STEP_IDS.filter((s) => durations[s] !== undefined || targets?.[s] !== undefined);
  if (steps.length === 0) return null;
  return (
    <section class="card" aria-labelledby="durations-title">
      <h2 id="durations-title">かかった時間（発覚から）</h2>
      <dl>
        {steps.map((s) => {
          const d = durations[s];
          const t = targets?.[s];
          return (
            <div key={s}>
              <dt>{STEP_LABELS[s]}</dt>
              <dd>
                {d === undefined ? 'まだです' : minutesLabel(d)}
                {t !== undefined &&
                  `（目安 ${minutesLabel(t)}${d === undefined || d > t ? '・超過' : ''}）`}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
