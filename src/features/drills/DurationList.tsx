import { useMessages } from '../../i18n/active';
import { drills } from '../../i18n/ja/drills';
import { STEP_IDS, type StepId } from './scenario-model';

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
  const m = useMessages(drills);
  const steps = STEP_IDS.filter((s) => durations[s] !== undefined || targets?.[s] !== undefined);
  if (steps.length === 0) return null;
  return (
    <section class="card" aria-labelledby="durations-title">
      <h2 id="durations-title">{m.durationsTitle}</h2>
      <dl>
        {steps.map((s) => {
          const d = durations[s];
          const t = targets?.[s];
          return (
            <div key={s}>
              <dt>{m.steps[s]}</dt>
              <dd>
                {d === undefined ? m.stepNotDone : m.minutes(d)}
                {t !== undefined &&
                  (d === undefined || d > t ? m.targetMissed : m.target)(m.minutes(t))}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
