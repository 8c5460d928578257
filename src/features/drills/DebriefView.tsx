import type { MergedItem } from '../../content/checklist';
import type { DrillDebrief } from '../../storage';
import { durationsOfKept } from './debrief-data';
import { DurationList } from './DurationList';
import { RunComparison } from './RunComparison';
import { AnswerCheck } from './AnswerCheck';
import { PrepFixes } from './PrepFixes';
import type { Scenario } from './scenario-model';
import { useMessages } from '../../i18n/active';
import { drillsDebrief } from '../../i18n/ja/drills-debrief';
import { OriginalScope, Rendered } from '../../ui/Rendered';

/**
 * ふりかえり of one drill, from its kept debrief: the durations against the scenario's
 * targets, the same scenario's earlier runs, the expected steps not ticked, the reporting
 * answers against the scenario's, what to fix in 備え, and the model answer with its reasons.
 */
export function DebriefView({
  scenario,
  debrief,
  items,
  runs,
}: {
  scenario: Scenario;
  debrief: DrillDebrief;
  /** The checklist's items by id (for the guide's own wording). */
  items: ReadonlyMap<string, MergedItem>;
  /** This scenario's kept runs up to and including this one, oldest first. */
  runs: readonly DrillDebrief[];
}) {
  const m = useMessages(drillsDebrief);
  const missed = debrief.missed.filter((id) => items.has(id));
  return (
    <section aria-labelledby="debrief-title" class="debrief">
      <h2 id="debrief-title">{m.title}</h2>
      <DurationList durations={durationsOfKept(debrief)} targets={scenario.targets} />
      <RunComparison runs={runs} />
      <h3>{m.missedTitle}</h3>
      {missed.length === 0 ? (
        <p>{m.allTicked}</p>
      ) : (
        <ul>
          {missed.map((id) => (
            <li key={id}>
              <Rendered text={items.get(id)!.text} />
            </li>
          ))}
        </ul>
      )}
      <AnswerCheck scenario={scenario} answers={debrief.answers} discoveredAt={debrief.startedAt} />
      <PrepFixes scenario={scenario} />
      <h3>{m.modelTitle}</h3>
      <ol>
        {scenario.model.map((step, i) => {
          const text = step.text ?? (step.item && items.get(step.item)?.text);
          return (
            <li key={i}>
              <OriginalScope>
                <p>{text && <Rendered text={text} />}</p>
                {step.why && (
                  <p class="muted">
                    <Rendered text={step.why} />
                  </p>
                )}
                {step.guide && (
                  <p class="muted small">
                    {m.guideRef}
                    <Rendered text={step.guide} />
                  </p>
                )}
              </OriginalScope>
            </li>
          );
        })}
      </ol>
      <p class="muted small">{m.targetsNote}</p>
    </section>
  );
}

/** The checklist's items by id. */
export function itemsById(checklist: readonly { sections: { items: MergedItem[] }[] }[]) {
  const items = new Map<string, MergedItem>();
  for (const ph of checklist)
    for (const s of ph.sections) for (const it of s.items) items.set(it.id, it);
  return items;
}
