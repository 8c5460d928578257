import type { Incident } from '../../storage';
import { STATUS_LABELS, typesLabel } from './labels';
import { formatJst, sinceLabel } from '../../lib/jst';

/** Title and status: the top of the incident page, one row (changes are in IncidentActions). */
export function IncidentHeader({ incident }: { incident: Incident }) {
  return (
    <header class="incident-header">
      <div class="title-row">
        <h1>
          <bdi>{incident.title}</bdi>
        </h1>
        <span class={`status-badge status-${incident.status}`}>
          {STATUS_LABELS[incident.status]}
        </span>
      </div>
    </header>
  );
}

/** The incident's types and 発覚日時 (under the urgent card, so the card stays on the first screen). */
export function IncidentFacts({ incident }: { incident: Incident }) {
  return (
    <p class="incident-facts">
      {typesLabel(incident.types, incident.causes)}
      <span class="muted">
        ・発覚 {formatJst(incident.discoveredAt)}（発覚から {sinceLabel(incident.discoveredAt)}）
      </span>
    </p>
  );
}
