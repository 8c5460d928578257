import type { Incident } from '../../storage';
import { useFormatJst } from '../../ui/useFormatJst';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';
import { useIncidentLabels } from './useIncidentLabels';

/** Title and status: the top of the incident page, one row (changes are in IncidentActions). */
export function IncidentHeader({ incident }: { incident: Incident }) {
  const m = useMessages(incidents);
  return (
    <header class="incident-header">
      <div class="title-row">
        <h1>
          <bdi>{incident.title}</bdi>
        </h1>
        <span class={`status-badge status-${incident.status}`}>{m.status[incident.status]}</span>
      </div>
    </header>
  );
}

/** The incident's types and 発覚日時 (under the urgent card, so the card stays on the first screen). */
export function IncidentFacts({ incident }: { incident: Incident }) {
  const formatJst = useFormatJst();
  const m = useMessages(incidents);
  const labels = useIncidentLabels();
  return (
    <p class="incident-facts">
      {labels.types(incident.types, incident.causes)}
      <span class="muted">
        {m.facts(formatJst(incident.discoveredAt), labels.since(incident.discoveredAt))}
      </span>
    </p>
  );
}
