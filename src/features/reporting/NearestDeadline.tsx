import { useEffect, useState } from 'preact/hooks';
import { getIncident } from '../../storage';
import { loadReporting } from '../../storage/reporting-repo';
import { evaluate } from './engine';
import { daysLeft, formatJaDate } from './dates';
import { basisLabel, nearestDeadline, type OpenDeadline } from './summary';
import './reporting.css';

/** The nearest open reporting deadline of one incident, or nothing when there is none. */
export function NearestDeadline({ incidentId, now }: { incidentId: string; now?: Date }) {
  const [nearest, setNearest] = useState<OpenDeadline | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([getIncident(incidentId), loadReporting(incidentId)]).then(
      ([incident, record]) => {
        if (!live || !incident) return;
        const os = evaluate(record.answers, incident.discoveredAt, incident.types, incident.causes);
        setNearest(nearestDeadline(os, record.statuses, now ?? new Date()));
      },
      () => live && setNearest(null),
    );
    return () => {
      live = false;
    };
  }, [incidentId, now]);
  if (!nearest) return null;
  const overdue = nearest.daysLeft < 0;
  return (
    <p class={`reporting-nearest${overdue ? ' overdue' : ''}`}>
      <a href={`/incidents/${incidentId}/reporting`}>
        {overdue ? '⚠ 期限超過：' : '次の報告期限：'}
        {nearest.title} {nearest.deadline.label} {formatJaDate(nearest.due)}（
        {daysLeft(nearest.due, now ?? new Date())}・{basisLabel(nearest.deadline.basis)}）
      </a>
    </p>
  );
}
