import { useEffect, useMemo } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { Incident } from '../../storage';
import { evaluate } from './engine';
import { DeadlineBrief } from './DeadlineBrief';
import { nearestDeadline, reportingChecked } from './summary';
import { useMessages } from '../../i18n/active';
import { reportingDeadlines } from '../../i18n/ja/reporting-deadlines';
import './reporting.css';

/** What NearestDeadline needs of the incident (発覚日時 and 分類 change the deadlines). */
export type DeadlineIncident = Pick<Incident, 'id' | 'discoveredAt' | 'types' | 'causes'>;

/**
 * The nearest open reporting deadline of one incident, or nothing when there is none;
 * 「報告・届出の確認がまだです」 until the personal-data question is answered.
 * Follows the incident passed in and reporting changes made in other tabs.
 */
export function NearestDeadline({ incident, now }: { incident: DeadlineIncident; now?: Date }) {
  const { id, discoveredAt } = incident;
  const types = incident.types.join('\n');
  const causes = incident.causes.join('\n');
  const record = useStore((s) => s.reporting[id]);
  const load = useStore((s) => s.loadReporting);
  const m = useMessages(reportingDeadlines);
  useEffect(() => {
    void load(id);
  }, [id, load]);
  const nearest = useMemo(() => {
    if (!record) return null;
    if (!reportingChecked(record.answers)) return 'unchecked' as const;
    const os = evaluate(
      record.answers,
      discoveredAt,
      types ? types.split('\n') : [],
      causes ? causes.split('\n') : [],
    );
    return nearestDeadline(os, record.statuses, now ?? new Date());
  }, [record, discoveredAt, types, causes, now]);
  if (!nearest) return null;
  if (nearest === 'unchecked')
    return (
      <p class="reporting-nearest unchecked">
        <span>{m.unchecked}</span>
        <a class="button" href={`/incidents/${id}/reporting`}>
          {m.check}
        </a>
      </p>
    );
  return (
    <p class="reporting-nearest">
      <a href={`/incidents/${id}/reporting`}>
        <DeadlineBrief item={nearest} now={now ?? new Date()} />
      </a>
    </p>
  );
}
