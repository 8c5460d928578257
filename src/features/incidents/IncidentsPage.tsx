import { BackupReminder } from '../export/BackupReminder';
import { NearestDeadline } from '../reporting/NearestDeadline';
import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { IncidentStatus, IncidentSummary } from '../../storage';
import { checklistItemIds } from '../../content/checklist';
import { StorageProblem } from './StorageProblem';
import { useIncidentLabels } from './useIncidentLabels';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';
import { progressOf, useChecklist } from './useChecklist';
import { ProgressBar } from './ProgressBar';
import '../../ui/records.css';

const FILTERS: (IncidentStatus | null)[] = [null, 'open', 'recovered', 'closed'];

/** 対応記録: the incidents on this device, newest activity first, page by page. */
export default function IncidentsPage() {
  const m = useMessages(incidents);
  const init = useStore((s) => s.initIncidents);
  const list = useStore((s) => s.incidentList);
  const load = useStore((s) => s.loadIncidentList);
  const more = useStore((s) => s.loadMoreIncidents);
  useEffect(() => {
    init();
    void load(useStore.getState().incidentList.status);
  }, [init, load]);

  return (
    <>
      <h1>{m.listTitle}</h1>
      <p class="muted">{m.listIntro}</p>
      <StorageProblem />
      <BackupReminder />
      <div class="row">
        <a class="button primary" href="/incidents/new">
          {m.start}
        </a>
        <a class="button" href="/settings">
          {m.settings}
        </a>
      </div>
      <div class="row filters" role="group" aria-label={m.filterLabel}>
        {FILTERS.map((status) => {
          const label = status ? m.status[status] : m.filterAll;
          return (
            <button
              key={status ?? 'all'}
              type="button"
              class="button"
              aria-pressed={list.status === status}
              onClick={() => void load(status)}
            >
              {/* Not colour alone: the pressed filter also carries a check mark. */}
              {list.status === status ? `✓ ${label}` : label}
            </button>
          );
        })}
      </div>
      {list.error && (
        <p class="notice error" role="alert">
          {list.error}
        </p>
      )}
      {list.loaded && !list.items.length && !list.error && (
        <p class="muted">{list.status ? m.noneWithStatus(m.status[list.status]) : m.none}</p>
      )}
      <ul class="incident-list">
        {list.items.map((i) => (
          <IncidentRow key={i.id} incident={i} />
        ))}
      </ul>
      {list.next && (
        <button
          class="button block"
          type="button"
          disabled={list.loading}
          onClick={() => void more()}
        >
          {m.more}
        </button>
      )}
    </>
  );
}

function IncidentRow({ incident }: { incident: IncidentSummary }) {
  const m = useMessages(incidents);
  const labels = useIncidentLabels();
  const { checklist } = useChecklist(incident.types, incident.causes);
  const p = checklist ? progressOf(checklistItemIds(checklist), new Set(incident.settled)) : null;
  return (
    <li class="card incident-row">
      <a href={`/incidents/${incident.id}`} class="incident-link">
        <bdi class="incident-title">{incident.title}</bdi>
      </a>
      <p>
        <span class={`status-badge status-${incident.status}`}>{m.status[incident.status]}</span>{' '}
        {labels.line(incident)}
      </p>
      {p && <ProgressBar label={m.rowProgress} done={p.done} total={p.total} />}
      {incident.status !== 'closed' && <NearestDeadline incident={incident} />}
    </li>
  );
}
