import { useState } from 'preact/hooks';
import {
  checklistItemIds,
  phaseItemIds,
  type Checklist as ChecklistData,
} from '../../content/checklist';
import type { ProgressEntry } from '../../storage';
import { memo } from '../../ui/memo';
import { ChecklistInfoRow, ChecklistItemRow } from './ChecklistItemRow';
import { ProgressBar } from './ProgressBar';
import { Rendered } from '../../ui/Rendered';
import { currentPhase, settledIds } from './progress-view';
import { progressOf } from './useChecklist';
import { useMessages } from '../../i18n/active';
import { incidentsChecklist } from '../../i18n/ja/incidents-checklist';

// A tick re-renders its own row only (the others keep their item, entry and count).
const ItemRow = memo(ChecklistItemRow);
const InfoRow = memo(ChecklistInfoRow);

/**
 * The merged checklist with progress per phase and overall. Phases fold (the current one
 * open); 「未完了だけ」 hides what is settled and the info sentences.
 */
export function Checklist({
  incidentId,
  checklist,
  progress,
  evidence = {},
}: {
  incidentId: string;
  checklist: ChecklistData;
  progress: Record<string, ProgressEntry>;
  /** Item id → pieces of evidence attached. */
  evidence?: Record<string, number>;
}) {
  const m = useMessages(incidentsChecklist);
  const [onlyOpen, setOnlyOpen] = useState(false);
  const settled = settledIds(progress);
  const current = currentPhase(checklist, settled)?.phase;
  // Info items (how an incident is found) have nothing to tick and are not counted.
  const overall = progressOf(checklistItemIds(checklist), settled);
  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">{m.title}</h2>
      <ProgressBar label={m.overall} done={overall.done} total={overall.total} />
      <button
        type="button"
        class={`button ${onlyOpen ? 'primary' : ''}`}
        aria-pressed={onlyOpen}
        onClick={() => setOnlyOpen(!onlyOpen)}
      >
        {onlyOpen ? `✓ ${m.onlyOpen}` : m.onlyOpen}
      </button>
      {checklist.map((phase) => {
        const p = progressOf(phaseItemIds(phase), settled);
        const sections = phase.sections
          .map((s) => ({
            ...s,
            items: onlyOpen ? s.items.filter((it) => !it.info && !settled.has(it.id)) : s.items,
          }))
          .filter((s) => s.items.length);
        return (
          <details
            key={phase.phase}
            class="phase"
            open={phase.phase === current || (!current && phase === checklist[0])}
          >
            <summary>
              <h2 id={`phase-${phase.phase}`}>
                <Rendered text={phase.title} />
              </h2>
              <span class="phase-count">{m.phaseCount(p.done, p.total)}</span>
            </summary>
            <ProgressBar label={<Rendered text={phase.title} />} done={p.done} total={p.total} />
            {!sections.length && <p class="muted">{m.noneOpen}</p>}
            {sections.map((section) => (
              <section key={section.kind} class="card">
                <h3>
                  <Rendered text={section.title} />
                </h3>
                <ul class="check-list">
                  {section.items.map((item) =>
                    item.info ? (
                      <InfoRow key={item.id} item={item} />
                    ) : (
                      <ItemRow
                        key={item.id}
                        incidentId={incidentId}
                        item={item}
                        entry={progress[item.id]}
                        evidenceCount={evidence[item.id]}
                      />
                    ),
                  )}
                </ul>
              </section>
            ))}
          </details>
        );
      })}
    </section>
  );
}
