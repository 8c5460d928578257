import type { Incident } from '../../storage';
import { STATUS_LABELS, typesLabel } from './labels';
import { formatJst, sinceLabel } from '../../lib/jst';

/** Title, status, types and 発覚日時: the top of the incident page (changes are in IncidentActions). */
export function IncidentHeader({ incident }: { incident: Incident }) {
  return (
    <header class="incident-header">
      <h1>{incident.title}</h1>
      <p>
        <span class={`status-badge status-${incident.status}`}>
          {STATUS_LABELS[incident.status]}
        </span>{' '}
        {typesLabel(incident.types, incident.causes)}
      </p>
      <p class="muted">
        発覚 {formatJst(incident.discoveredAt)}（発覚から {sinceLabel(incident.discoveredAt)}）
      </p>
    </header>
  );
}
