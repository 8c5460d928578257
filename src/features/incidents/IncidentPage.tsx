import { useStore } from '../../app/store';
import { DrillBanner } from '../drills/DrillBanner';
import { DurationList } from '../drills/DurationList';
import { durationsOf } from '../drills/durations';
import { drillTimeOf, incidentNow } from '../drills/drill-time';
import { twinItemId } from '../../content/checklist';
import { Checklist } from './Checklist';
import { IncidentActions } from './IncidentActions';
import { IncidentFacts, IncidentHeader } from './IncidentHeader';
import { FirstContacts } from './FirstContacts';
import { IncidentNav } from './IncidentNav';
import { ItemDoneButton } from './ItemDoneButton';
import { NextSteps } from './NextSteps';
import { PersistNotice } from './PersistNotice';
import { NearestDeadline } from '../reporting/NearestDeadline';
import { ResponderNamePrompt } from './ResponderName';
import { StorageProblem } from './StorageProblem';
import { UrgentAction } from '../../ui/UrgentAction';
import { openCount, settledIds } from './progress-view';
import { useChecklist } from './useChecklist';
import { useOpenIncident } from './useOpenIncident';
import { useEvidenceLinks } from './useEvidenceLinks';
import { ChainStatus } from './ChainStatus';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';
import '../../ui/records.css';

/** Playbooks whose screen is evidence to photograph first (the ransom note, a warning). */
const PHOTO_FIRST_TYPES = new Set(['ransomware', 'virus']);

/**
 * One incident, in the order she needs it: title and status, the urgent action with its
 * own 完了, 「次にやること」, the reporting status, the checklist; status changes last.
 */
export default function IncidentPage(props: Record<string, unknown>) {
  const m = useMessages(incidents);
  const id = String(props.id);
  const { open, error } = useOpenIncident(id);
  const {
    checklist,
    urgent,
    error: contentError,
  } = useChecklist(open?.incident.types, open?.incident.causes);
  useStore((s) => s.responderName);
  // Re-read when the timeline grows (every piece of evidence adds an entry).
  const evidence = useEvidenceLinks(id, String(open?.timelineTotal ?? ''));
  if (!open) return <Loading error={error} />;
  const { incident, progress } = open;
  const settled = settledIds(progress);
  const twins = new Map(urgent.map((u) => [u.text, checklist && twinItemId(checklist, u)]));
  const active = incident.status === 'open';
  return (
    <>
      <DrillBanner id={id} />
      <StorageProblem />
      <IncidentHeader key={incident.id} incident={incident} />
      <ChainStatus incidentId={id} version={String(open.timelineTotal)} onlyBroken />
      {active && (
        <UrgentAction
          actions={urgent}
          actionFor={(u, textId) => {
            const twin = twins.get(u.text);
            return (
              twin && (
                <ItemDoneButton
                  incidentId={id}
                  itemId={twin}
                  text={u.text}
                  entry={progress[twin]}
                  describedBy={textId}
                />
              )
            );
          }}
        />
      )}
      {active && incident.types.some((t) => PHOTO_FIRST_TYPES.has(t)) && (
        <p>
          <a class="button" href={`/incidents/${id}/evidence`}>
            {m.photoFirst}
          </a>
        </p>
      )}
      <IncidentFacts incident={incident} />
      {active && checklist && (
        <NextSteps
          incidentId={id}
          checklist={checklist}
          progress={progress}
          settled={settled}
          skip={new Set([...twins.values()].filter((t): t is string => !!t))}
        />
      )}
      <FirstContacts checklist={checklist} />
      {/* A drill's deadlines and durations run on its drill clock. */}
      <NearestDeadline
        incident={incident}
        now={incident.drill ? incidentNow(incident) : undefined}
      />
      {checklist && (
        <DurationList
          durations={durationsOf(
            { ...open, progress: Object.values(progress) },
            checklist,
            drillTimeOf(incident),
          )}
        />
      )}
      <IncidentNav id={id} current="" />
      <PersistNotice />
      <ResponderNamePrompt />
      {contentError && <p class="notice error">{contentError}</p>}
      {checklist ? (
        <Checklist
          incidentId={id}
          checklist={checklist}
          progress={progress}
          evidence={evidence.items}
        />
      ) : (
        !contentError && <p class="muted">{m.checklistLoading}</p>
      )}
      <IncidentActions
        key={`actions-${incident.id}`}
        incident={incident}
        openItems={checklist ? openCount(checklist, settled) : null}
      />
    </>
  );
}

/** Shown while the incident loads, or why it cannot be shown. */
export function Loading({ error }: { error: string | null }) {
  const m = useMessages(incidents);
  return error ? (
    <>
      <h1>{m.listTitle}</h1>
      <p class="notice error" role="alert">
        {error}
      </p>
      <a href="/incidents">{m.toList}</a>
    </>
  ) : (
    <p class="muted">{m.loading}</p>
  );
}
