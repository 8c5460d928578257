import { useEffect, useState } from 'preact/hooks';
import { onRemoteChange, type Incident } from '../../storage';
import { loadReporting } from '../../storage/reporting-repo';
import { evaluate } from './engine';
import { daysLeft, formatJaDate } from './dates';
import {
  basisLabel,
  nearestDeadline,
  reportingChecked,
  UNCHECKED_TEXT,
  type OpenDeadline,
} from './summary';
import './reporting.css';

/** What NearestDeadline needs of the incident (発覚日時 and 分類 change the deadlines). */
export type DeadlineIncident = Pick<Incident, 'id' | 'discoveredAt' | 'types' | 'causes'>;

/**
 * The nearest open reporting deadline of one incident, or nothing when there is none;
 * 「報告・届出の確認がまだです」 until the personal-data question is answered.
 * Follows the incident passed in and reporting changes made in other tabs.
 */
export function NearestDeadline({ incident, now }: { incident: DeadlineIncident; now?: Date }) {
  const [nearest, setNearest] = useState<OpenDeadline | 'unchecked' | null>(null);
  const { id, discoveredAt } = incident;
  const types = incident.types.join('\n');
  const causes = incident.causes.join('\n');
  useEffect(() => {
    let live = true;
    const refresh = () =>
      loadReporting(id).then(
        (record) => {
          if (!live) return;
          if (!reportingChecked(record.answers)) {
            setNearest('unchecked');
            return;
          }
          const os = evaluate(
            record.answers,
            discoveredAt,
            types ? types.split('\n') : [],
            causes ? causes.split('\n') : [],
          );
          setNearest(nearestDeadline(os, record.statuses, now ?? new Date()));
        },
        () => live && setNearest(null),
      );
    void refresh();
    const off = onRemoteChange((m) => {
      if (m.incidentId === id && m.part === 'reporting') void refresh();
    });
    return () => {
      live = false;
      off();
    };
  }, [id, discoveredAt, types, causes, now]);
  if (!nearest) return null;
  if (nearest === 'unchecked')
    return (
      <p class="reporting-nearest unchecked">
        <a href={`/incidents/${id}/reporting`}>{UNCHECKED_TEXT}</a>
      </p>
    );
  const overdue = nearest.daysLeft < 0;
  return (
    <p class={`reporting-nearest${overdue ? ' overdue' : ''}`}>
      <a href={`/incidents/${id}/reporting`}>
        {overdue ? '⚠ 期限超過：' : '次の報告期限：'}
        {nearest.title} {nearest.deadline.label} {formatJaDate(nearest.due)}（
        {daysLeft(nearest.due, now ?? new Date())}・{basisLabel(nearest.deadline.basis)}）
      </a>
    </p>
  );
}
