import {
  checklistItemIds,
  phaseItemIds,
  type Checklist as ChecklistData,
} from '../../content/checklist';
import type { ProgressEntry } from '../../storage';
import { ChecklistInfoRow, ChecklistItemRow } from './ChecklistItemRow';
import { ProgressBar } from './ProgressBar';
import { progressOf } from './useChecklist';

/** The merged checklist with progress per phase and overall. */
export function Checklist({
  incidentId,
  checklist,
  progress,
}: {
  incidentId: string;
  checklist: ChecklistData;
  progress: Record<string, ProgressEntry>;
}) {
  const settled = new Set(
    Object.values(progress)
      .filter((p) => p.state !== 'open')
      .map((p) => p.itemId),
  );
  // Info items (how an incident is found) have nothing to tick and are not counted.
  const overall = progressOf(checklistItemIds(checklist), settled);
  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">チェックリスト</h2>
      <ProgressBar label="全体" done={overall.done} total={overall.total} />
      {checklist.map((phase) => {
        const p = progressOf(phaseItemIds(phase), settled);
        return (
          <section key={phase.phase} class="phase" aria-labelledby={`phase-${phase.phase}`}>
            <h2 id={`phase-${phase.phase}`}>{phase.title}</h2>
            <ProgressBar label={phase.title} done={p.done} total={p.total} />
            {phase.sections.map((section) => (
              <section key={section.kind} class="card">
                <h3>{section.title}</h3>
                <ul class="check-list">
                  {section.items.map((item) =>
                    item.info ? (
                      <ChecklistInfoRow key={item.id} item={item} />
                    ) : (
                      <ChecklistItemRow
                        key={item.id}
                        incidentId={incidentId}
                        item={item}
                        entry={progress[item.id]}
                      />
                    ),
                  )}
                </ul>
              </section>
            ))}
          </section>
        );
      })}
    </section>
  );
}
