import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { useStore } from '../../app/store';
import type { IncidentSummary } from '../../storage';
import { typesLabel } from '../incidents/labels';
import { sinceLabel } from '../../lib/jst';

/**
 * Back on the home screen mid-incident: the reporting deadlines that are near, then the most
 * recently active open incident, one tap from its checklist. Nothing on a first visit.
 */
export function OngoingIncident() {
  const latestOpenIncident = useStore((s) => s.latestOpenIncident);
  const [latest, setLatest] = useState<IncidentSummary | null>(null);
  const [DueSoon, setDueSoon] = useState<ComponentType | null>(null);
  useEffect(() => {
    // The deadline check (rules and engine) loads only when there is an incident to check.
    if (latest) void import('../reporting/DueSoon').then((m) => setDueSoon(() => m.default));
  }, [latest]);
  useEffect(() => {
    let live = true;
    latestOpenIncident().then(
      (incident) => live && setLatest(incident),
      () => {}, // No database (private mode): the buttons below still work.
    );
    return () => {
      live = false;
    };
  }, [latestOpenIncident]);
  if (!latest) return null;
  return (
    <>
      {/* Overdue and due-soon reports come first when the app is opened. */}
      {DueSoon && <DueSoon />}
      <section class="card ongoing" aria-labelledby="ongoing-title">
        <h2 id="ongoing-title">対応中の記録</h2>
        <p>
          <strong>
            <bdi>{latest.title}</bdi>
          </strong>
          <br />
          <span class="muted">
            {typesLabel(latest.types, latest.causes)}・発覚から {sinceLabel(latest.discoveredAt)}
          </span>
        </p>
        <a class="button primary block" href={`/incidents/${latest.id}`}>
          続きを開く
        </a>
      </section>
    </>
  );
}
