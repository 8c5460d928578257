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
import { formatJst } from '../../lib/jst';
import { useOpenIncident } from './useOpenIncident';
import { useEvidenceLinks } from './useEvidenceLinks';
import { EvidenceLinks } from './EvidenceLinks';
import '../../ui/records.css';

const KIND_LABEL: Record<TimelineEntry['kind'], string> = {
  created: '開始',
  note: '記録',
  item: 'チェック',
  status: '状態',
  field: '変更',
  reporting: '報告',
  correction: '訂正',
  conflict: '上書き前の内容',
  evidence: '証拠',
  'reporting-status': '報告',
};

/** 対応経過: append-only entries, oldest first; corrections shown with what they correct. */
export default function TimelinePage(props: Record<string, unknown>) {
  const id = String(props.id);
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
      <h2>対応経過</h2>
      <p class="muted">記録は消えません。間違いは「訂正」で新しい記録として残します。</p>
      <ChainStatus
        incidentId={id}
        version={`${open.timelineTotal}:${open.timeline[open.timeline.length - 1]?.id ?? ''}`}
      />
      <ResponderNamePrompt />
      <TimelineForm
        idPrefix="timeline-new"
        unsavedKey={unsavedKey(id, 'timeline-new')}
        label="できごとを記録"
        submitLabel="記録する"
        withTime
        onSubmit={(text, at) => add(id, text, at)}
      />
      {open.olderTimeline && (
        <button class="button" type="button" onClick={() => void loadOlder(id)}>
          さらに表示（前の記録 あと {open.timelineTotal - open.timeline.length} 件）
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
                label="訂正の内容"
                submitLabel="訂正を記録"
                withTime={false}
                onSubmit={async (text) => {
                  await add(id, text, entry.at, entry.id);
                  setCorrecting(null);
                }}
                onCancel={() => setCorrecting(null)}
              />
            ) : (
              <button class="button small" type="button" onClick={() => setCorrecting(entry.id)}>
                訂正<span class="visually-hidden">: {entry.text}</span>
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
  return (
    <>
      <p class="timeline-meta">
        <time dateTime={entry.at}>{formatJst(entry.at)}</time>{' '}
        <span class="tag">{KIND_LABEL[entry.kind]}</span> <bdi>{entry.by}</bdi>
        {entry.via && (
          <span class="timeline-device">
            {' '}
            （端末: <bdi>{entry.via.name}</bdi>）
          </span>
        )}
      </p>
      <p class="timeline-text">{entry.text}</p>
    </>
  );
}
