import { useStore } from '../../app/store';
import { Checklist } from './Checklist';
import { FirstContacts } from './FirstContacts';
import { IncidentHeader } from './IncidentHeader';
import { IncidentNav } from './IncidentNav';
import { PersistNotice } from './PersistNotice';
import { NearestDeadline } from '../reporting/NearestDeadline';
import { ResponderNamePrompt } from './ResponderName';
import { StorageProblem } from './StorageProblem';
import { UrgentAction } from '../../ui/UrgentAction';
import { useChecklist } from './useChecklist';
import { useOpenIncident } from './useOpenIncident';
import './incidents.css';

/** One incident: its header, the links to its parts, and the checklist of its types. */
export default function IncidentPage(props: Record<string, unknown>) {
  const id = String(props.id);
  const { open, error } = useOpenIncident(id);
  const {
    checklist,
    urgent,
    error: contentError,
  } = useChecklist(open?.incident.types, open?.incident.causes);
  useStore((s) => s.responderName);
  if (!open) return <Loading error={error} />;
  return (
    <>
      <StorageProblem />
      <IncidentHeader key={open.incident.id} incident={open.incident} />
      {open.incident.status === 'open' && <UrgentAction actions={urgent} />}
      <NearestDeadline incident={open.incident} />
      <FirstContacts checklist={checklist} progress={open.progress} />
      <IncidentNav id={id} current="" />
      <PersistNotice />
      <ResponderNamePrompt />
      {contentError && <p class="notice error">{contentError}</p>}
      {checklist ? (
        <Checklist incidentId={id} checklist={checklist} progress={open.progress} />
      ) : (
        !contentError && <p class="muted">チェックリストを読み込んでいます…</p>
      )}
    </>
  );
}

/** Shown while the incident loads, or why it cannot be shown. */
export function Loading({ error }: { error: string | null }) {
  return error ? (
    <>
      <h1>対応記録</h1>
      <p class="notice error" role="alert">
        {error}
      </p>
      <a href="/incidents">対応記録の一覧へ</a>
    </>
  ) : (
    <p class="muted">読み込んでいます…</p>
  );
}
