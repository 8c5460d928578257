import type { Checklist } from '../../content/checklist';
import type { ProgressEntry } from '../../storage';
import { ItemDoneButton } from './ItemDoneButton';
import { nextItems } from './progress-view';
import { OriginalScope, Rendered } from '../../ui/Rendered';
import { useMessages } from '../../i18n/active';
import { incidentsChecklist } from '../../i18n/ja/incidents-checklist';

/** 「次にやること」: the next open items of the current phase, each with its own 完了. */
export function NextSteps({
  incidentId,
  checklist,
  progress,
  settled,
  skip,
}: {
  incidentId: string;
  checklist: Checklist;
  progress: Record<string, ProgressEntry>;
  settled: ReadonlySet<string>;
  /** Items already shown above (the urgent card's twins). */
  skip: ReadonlySet<string>;
}) {
  const m = useMessages(incidentsChecklist);
  const next = nextItems(checklist, settled, skip);
  return (
    <section class="next-steps" aria-labelledby="next-title">
      <h2 id="next-title">{m.nextTitle}</h2>
      {!next ? (
        <p>{m.allDone}</p>
      ) : (
        <>
          <p class="muted small">
            <Rendered text={next.phase.title} />
          </p>
          <ol class="next-list">
            {next.items.map((item) => (
              <li key={item.id}>
                <OriginalScope>
                  <p id={`next-${item.id}`}>
                    <Rendered text={item.text} />
                  </p>
                </OriginalScope>
                <ItemDoneButton
                  incidentId={incidentId}
                  itemId={item.id}
                  text={item.text}
                  entry={progress[item.id]}
                  describedBy={`next-${item.id}`}
                />
              </li>
            ))}
          </ol>
          <a href="#checklist-title">{m.seeAll}</a>
        </>
      )}
    </section>
  );
}
