import { useState } from 'preact/hooks';
import { DrillBanner } from '../drills/DrillBanner';
import { useStore } from '../../app/store';
import type { TimelineEntry } from '../../storage';
import { IncidentNav } from './IncidentNav';
import { Loading } from './IncidentPage';
import { ResponderNamePrompt } from './ResponderName';
import { StorageProblem } from './StorageProblem';
import { TimelineForm } from './TimelineForm';
import { ChainStatus } from './ChainStatus';
import { unsavedKey } from '../../ui/unsaved-text';
import { useFormatJst } from '../../ui/useFormatJst';
import { useOpenIncident } from './useOpenIncident';
import { useEvidenceLinks } from './useEvidenceLinks';
import { EvidenceLinks } from './EvidenceLinks';
import { useMessages } from '../../i18n/active';
import { incidentsRecords } from '../../i18n/ja/incidents-records';
import '../../ui/records.css';

/** 対応経過: append-only entries, oldest first; corrections shown with what they correct. */
export default function TimelinePage(props: Record<string, unknown>) {
  const id = String(props.id);
  const m = useMessages(incidentsRecords);
  const { open, error } = useOpenIncident(id);
  const add = useStore((s) => s.addTimelineEntry);
  const loadOlder = useStore((s) => s.loadOlderTimeline);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const evidence = useEvidenceLinks(id, String(open?.timelineTotal ?? ''));
  if (!open) return <Loading error={error} />;
  const corrections = new Map<string, TimelineEntry[]>();
  for (const e of open.timeline) {
    if (e.corrects) corrections.set(e.corrects, [...(corrections.get(e.corrects) ?? []), e]);
  }
  const known = new Set(open.timeline.map((e) => e.id));
  // A correction whose original is missing is still shown, on its own.
  const roots = open.timeline.filter((e) => !e.corrects || !known.has(e.corrects));
  return (
    <>
      <StorageProblem />
      <DrillBanner id={id} />
      <h1>
        <bdi>{open.incident.title}</bdi>
      </h1>
      <IncidentNav id={id} current="/timeline" />
      <h2>{m.timelineTitle}</h2>
      <p class="muted">{m.timelineIntro}</p>
      <ChainStatus
        incidentId={id}
        version={`${open.timelineTotal}:${open.timeline[open.timeline.length - 1]?.id ?? ''}`}
      />
      <ResponderNamePrompt />
      <TimelineForm
        idPrefix="timeline-new"
        unsavedKey={unsavedKey(id, 'timeline-new')}
        label={m.newLabel}
        submitLabel={m.newSubmit}
        withTime
        onSubmit={(text, at) => add(id, text, at)}
      />
      {open.olderTimeline && (
        <button class="button" type="button" onClick={() => void loadOlder(id)}>
          {m.older(open.timelineTotal - open.timeline.length)}
        </button>
      )}
      <ol class="timeline">
        {roots.map((entry) => (
          <li key={entry.id} class={`timeline-entry kind-${entry.kind}`}>
            <Entry entry={entry} />
            {(corrections.get(entry.id) ?? []).map((c) => (
              <div key={c.id} class="timeline-correction">
                <Entry entry={c} />
              </div>
            ))}
            {correcting === entry.id ? (
              <TimelineForm
                idPrefix={`correct-${entry.id}`}
                label={m.correctLabel}
                submitLabel={m.correctSubmit}
                withTime={false}
                onSubmit={async (text) => {
                  await add(id, text, entry.at, entry.id);
                  setCorrecting(null);
                }}
                onCancel={() => setCorrecting(null)}
              />
            ) : (
              <button class="button small" type="button" onClick={() => setCorrecting(entry.id)}>
                {m.correct}
                <span class="visually-hidden">: {entry.text}</span>
              </button>
            )}
            {entry.kind !== 'evidence' && (
              <EvidenceLinks
                incidentId={id}
                count={evidence.entries[entry.id] ?? 0}
                entryId={entry.id}
                text={entry.text}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function Entry({ entry }: { entry: TimelineEntry }) {
  const formatJst = useFormatJst();
  const m = useMessages(incidentsRecords);
  return (
    <>
      <p class="timeline-meta">
        <time dateTime={entry.at}>{formatJst(entry.at)}</time>{' '}
        <span class="tag">{m.kinds[entry.kind]}</span> <bdi>{entry.by}</bdi>
        {entry.via && (
          <span class="timeline-device">
            {' '}
            {m.device}
            <bdi>{entry.via.name}</bdi>
            {m.deviceClose}
          </span>
        )}
      </p>
      <p class="timeline-text">{entry.text}</p>
    </>
  );
}
