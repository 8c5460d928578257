import { BackupReminder } from '../export/BackupReminder';
import { NearestDeadline } from '../reporting/NearestDeadline';
import { useEffect } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { IncidentStatus, IncidentSummary } from '../../storage';
import { checklistItemIds } from '../../content/checklist';
import { StorageProblem } from './StorageProblem';
import { STATUS_LABELS, typesLabel } from './labels';
import { sinceLabel } from '../../lib/jst';
import { progressOf, useChecklist } from './useChecklist';
import { ProgressBar } from './ProgressBar';
import '../../ui/records.css';

const FILTERS: [IncidentStatus | null, string][] = [
  [null, 'すべて'],
  ['open', '対応中'],
  ['recovered', '復旧済み'],
  ['closed', '完了'],
];

/** 対応記録: the incidents on this device, newest activity first, page by page. */
export default function IncidentsPage() {
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
      <h1>対応記録</h1>
      <p class="muted">記録はこの端末の中だけに保存されます。</p>
      <StorageProblem />
      <BackupReminder />
      <div class="row">
        <a class="button primary" href="/incidents/new">
          対応を開始
        </a>
        <a class="button" href="/settings">
          設定
        </a>
      </div>
      <div class="row filters" role="group" aria-label="状態で絞り込む">
        {FILTERS.map(([status, label]) => (
          <button
            key={label}
            type="button"
            class="button"
            aria-pressed={list.status === status}
            onClick={() => void load(status)}
          >
            {/* Not colour alone: the pressed filter also carries a check mark. */}
            {list.status === status ? `✓ ${label}` : label}
          </button>
        ))}
      </div>
      {list.error && (
        <p class="notice error" role="alert">
          {list.error}
        </p>
      )}
      {list.loaded && !list.items.length && !list.error && (
        <p class="muted">
          {list.status
            ? `「${STATUS_LABELS[list.status]}」の記録はありません。`
            : 'まだ記録はありません。'}
        </p>
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
          もっと見る
        </button>
      )}
    </>
  );
}

function IncidentRow({ incident }: { incident: IncidentSummary }) {
  const { checklist } = useChecklist(incident.types, incident.causes);
  const p = checklist ? progressOf(checklistItemIds(checklist), new Set(incident.settled)) : null;
  return (
    <li class="card incident-row">
      <a href={`/incidents/${incident.id}`} class="incident-link">
        <bdi class="incident-title">{incident.title}</bdi>
      </a>
      <p>
        <span class={`status-badge status-${incident.status}`}>
          {STATUS_LABELS[incident.status]}
        </span>{' '}
        {typesLabel(incident.types, incident.causes)}・発覚から {sinceLabel(incident.discoveredAt)}
      </p>
      {p && <ProgressBar label="進み具合" done={p.done} total={p.total} />}
      {incident.status !== 'closed' && <NearestDeadline incident={incident} />}
    </li>
  );
}
