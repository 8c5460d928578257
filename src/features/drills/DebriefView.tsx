import type { MergedItem } from '../../content/checklist';
import type { DrillDebrief } from '../../storage';
import { durationsOfKept } from './debrief-data';
import { DurationList } from './DurationList';
import { RunComparison } from './RunComparison';
import { AnswerCheck } from './AnswerCheck';
import { PrepFixes } from './PrepFixes';
import type { Scenario } from './scenario-model';

/**
 * ふりかえり of one drill, from its kept debrief: the durations against the scenario's
 * targets, the same scenario's earlier runs, the expected steps not ticked, the reporting
 * answers against the scenario's, what to fix in 備え, and the model answer with its reasons.
 */
export function DebriefView({
  scenario,
  debrief,
  items,
  runs,
}: {
  scenario: Scenario;
  debrief: DrillDebrief;
  /** The checklist's items by id (for the guide's own wording). */
  items: ReadonlyMap<string, MergedItem>;
  /** This scenario's kept runs up to and including this one, oldest first. */
  runs: readonly DrillDebrief[];
}) {
  const missed = debrief.missed.filter((id) => items.has(id));
  return (
    <section aria-labelledby="debrief-title" class="debrief">
      <h2 id="debrief-title">ふりかえり</h2>
      <DurationList durations={durationsOfKept(debrief)} targets={scenario.targets} />
      <RunComparison runs={runs} />
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
      <AnswerCheck scenario={scenario} answers={debrief.answers} discoveredAt={debrief.startedAt} />
      <PrepFixes scenario={scenario} />
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

/** The checklist's items by id. */
export function itemsById(checklist: readonly { sections: { items: MergedItem[] }[] }[]) {
  const items = new Map<string, MergedItem>();
  for (const ph of checklist)
    for (const s of ph.sections) for (const it of s.items) items.set(it.id, it);
  return items;
}
