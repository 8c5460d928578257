import type { Checklist, MergedItem } from '../../content/checklist';
import type { OpenIncident } from '../incidents/slice';
import { durationsOf } from './durations';
import { drillTimeOf } from './drill-time';
import { DurationList } from './DurationList';
import type { Scenario } from './scenario-model';

/**
 * ふりかえり after a drill: the durations against the scenario's targets, the expected steps
 * not ticked, and the model answer with its reasons in the guide.
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
  const items = new Map<string, MergedItem>();
  for (const ph of checklist)
    for (const s of ph.sections) for (const it of s.items) items.set(it.id, it);
  const progress = Object.values(open.progress);
  const settled = new Set(progress.filter((p) => p.state !== 'open').map((p) => p.itemId));
  const expected = [...new Set(scenario.injects.flatMap((i) => i.expect?.items ?? []))];
  const missed = expected.filter((id) => !settled.has(id) && items.has(id));
  const durations = durationsOf({ ...open, progress }, checklist, drillTimeOf(open.incident));
  return (
    <section aria-labelledby="debrief-title">
      <h2 id="debrief-title">ふりかえり</h2>
      <DurationList durations={durations} targets={scenario.targets} />
      <h3>チェックされなかった手順</h3>
      {missed.length === 0 ? (
        <p>すべてチェックされました。</p>
      ) : (
        <ul>
          {missed.map((id) => (
            <li key={id}>{items.get(id)!.text}</li>
          ))}
        </ul>
      )}
      <h3>模範的な対応</h3>
      <ol>
        {scenario.model.map((m, i) => (
          <li key={i}>
            <p>{m.text ?? (m.item && items.get(m.item)?.text)}</p>
            {m.why && <p class="muted">{m.why}</p>}
            {m.guide && <p class="muted small">手引き：{m.guide}</p>}
          </li>
        ))}
      </ol>
      <p class="muted small">
        目安の時間は、この訓練のための目標です。手引きや法令の期限ではありません。
      </p>
    </section>
  );
}
