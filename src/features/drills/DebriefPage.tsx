import { useState } from 'preact/hooks';
import { useFormatJst } from '../../ui/useFormatJst';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { forgetDebrief } from './debrief-slice';
import { useChecklist } from '../incidents/useChecklist';
import { DebriefView, itemsById } from './DebriefView';
import { scenarioById } from './scenarios';
import { useDebriefs } from './useDebriefs';
import { useMessages } from '../../i18n/active';
import { drillsDebrief } from '../../i18n/ja/drills-debrief';
import { Rendered } from '../../ui/Rendered';
import './drills.css';

/**
 * A kept ふりかえり, printable (「印刷」) and compared with the earlier runs of its scenario;
 * it stays after the drill incident is deleted.
 */
export default function DebriefPage(props: Record<string, unknown>) {
  const formatJst = useFormatJst();
  const m = useMessages(drillsDebrief);
  const id = String(props.id);
  const { debriefs, error } = useDebriefs();
  const debrief = debriefs?.find((d) => d.incidentId === id);
  const scenario = debrief && scenarioById(debrief.scenarioId);
  const { checklist, error: contentError } = useChecklist(scenario?.types, scenario?.causes);
  const [deleted, setDeleted] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const forget = () => {
    setDeleteError(null);
    forgetDebrief(id).then(
      () => setDeleted(true),
      (e: Error) => setDeleteError(e.message),
    );
  };
  if (deleted)
    return (
      <>
        <h1>{m.title}</h1>
        <p role="status" class="notice">
          {m.deleted}
        </p>
        <a href="/drills">{m.toList}</a>
      </>
    );
  if (error)
    return (
      <p class="notice error" role="alert">
        {error}
      </p>
    );
  if (!debriefs) return <p class="muted">{m.loading}</p>;
  if (!debrief || !scenario)
    return (
      <>
        <h1>{m.title}</h1>
        <p class="notice">{m.notFound}</p>
        <a href="/drills">{m.toList}</a>
      </>
    );
  const runs = debriefs.filter(
    (d) => d.scenarioId === scenario.id && d.startedAt <= debrief.startedAt,
  );
  return (
    <article class="drill-print">
      <p class="notice warn">
        <strong>{m.drill}</strong>
        {m.notReal}
      </p>
      <h1>
        {m.pageTitle}
        <Rendered text={scenario.title} />
      </h1>
      <p>
        {m.startedAt(formatJst(debrief.startedAt))}
        <span class="muted small">{m.savedAt(formatJst(debrief.savedAt))}</span>
      </p>
      <div class="row no-print">
        <button type="button" class="button primary" onClick={() => window.print()}>
          {m.print}
        </button>
        <a class="button" href="/drills">
          {m.toList}
        </a>
      </div>
      {contentError && <p class="notice error">{contentError}</p>}
      {checklist ? (
        <DebriefView
          scenario={scenario}
          debrief={debrief}
          items={itemsById(checklist)}
          runs={runs}
        />
      ) : (
        !contentError && <p class="muted">{m.loading}</p>
      )}
      <div class="no-print">
        <ConfirmButton
          label={m.delete}
          question={m.deleteQuestion}
          confirmLabel={m.deleteConfirm}
          onConfirm={forget}
          danger
        />
        {deleteError && (
          <p class="notice error" role="alert">
            {deleteError}
          </p>
        )}
      </div>
    </article>
  );
}
