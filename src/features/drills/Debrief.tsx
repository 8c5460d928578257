import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { Checklist } from '../../content/checklist';
import type { DrillDebrief } from '../../storage';
import type { OpenIncident } from '../incidents/slice';
import { debriefOf } from './debrief-data';
import { keepDebrief, loadDebriefs } from './debrief-slice';
import { DebriefView, itemsById } from './DebriefView';
import { drillTimeOf } from './drill-time';
import type { Scenario } from './scenario-model';
import { useMessages } from '../../i18n/active';
import { drillsDebrief } from '../../i18n/ja/drills-debrief';

type SaveState = 'saving' | 'saved' | 'error';

/**
 * ふりかえり once the drill's planned time is over: shown, and kept (saved again whenever
 * it changes, e.g. an item ticked late), so it can be printed and compared later.
 */
export function Debrief({
  scenario,
  open,
  checklist,
}: {
  scenario: Scenario;
  open: OpenIncident;
  checklist: Checklist;
}) {
  const m = useMessages(drillsDebrief);
  const id = open.incident.id;
  const record = useStore((s) => s.reporting[id]);
  const recordError = useStore((s) => s.reportingErrors[id]);
  const loadReporting = useStore((s) => s.loadReporting);
  useEffect(() => void loadReporting(id), [id, loadReporting]);
  const [kept, setKept] = useState<DrillDebrief[]>([]);
  const [state, setState] = useState<SaveState>('saving');
  const debrief = debriefOf(
    scenario,
    { ...open, progress: Object.values(open.progress) },
    checklist,
    record?.answers ?? {},
    drillTimeOf(open.incident),
    new Date(),
  );
  // The same content is not saved twice; only savedAt differs between renders.
  const content = JSON.stringify({ ...debrief, savedAt: '' });
  const ready = record !== undefined || recordError !== undefined;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    setState('saving');
    keepDebrief(debrief)
      .then(loadDebriefs)
      .then(
        (list) => live && (setKept(list), setState('saved')),
        () => live && setState('error'),
      );
    return () => {
      live = false;
    };
  }, [content, ready]);
  if (!ready) return <p class="muted">{m.loadingDebrief}</p>;
  const runs = [
    ...kept.filter(
      (d) => d.scenarioId === scenario.id && d.incidentId !== id && d.startedAt < debrief.startedAt,
    ),
    debrief,
  ];
  return (
    <>
      <DebriefView scenario={scenario} debrief={debrief} items={itemsById(checklist)} runs={runs} />
      <p role="status" class="save-status">
        {state === 'saving' && m.saving}
        {state === 'saved' && m.saved}
        {state === 'error' && m.saveError}
      </p>
      {state === 'saved' && (
        <a class="button" href={`/drills/debriefs/${id}`}>
          {m.savedLink}
        </a>
      )}
    </>
  );
}
