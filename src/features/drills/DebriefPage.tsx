import { formatJst } from '../../lib/jst';
import { useChecklist } from '../incidents/useChecklist';
import { DebriefView, itemsById } from './DebriefView';
import { scenarioById } from './scenarios';
import { useDebriefs } from './useDebriefs';
import './drills.css';

/**
 * A kept ふりかえり, printable (「印刷」) and compared with the earlier runs of its scenario;
 * it stays after the drill incident is deleted.
 */
export default function DebriefPage(props: Record<string, unknown>) {
  const id = String(props.id);
  const { debriefs, error } = useDebriefs();
  const debrief = debriefs?.find((d) => d.incidentId === id);
  const scenario = debrief && scenarioById(debrief.scenarioId);
  const { checklist, error: contentError } = useChecklist(scenario?.types, scenario?.causes);
  if (error)
    return (
      <p class="notice error" role="alert">
        {error}
      </p>
    );
  if (!debriefs) return <p class="muted">読み込んでいます…</p>;
  if (!debrief || !scenario)
    return (
      <>
        <h1>ふりかえり</h1>
        <p class="notice">このふりかえりは見つかりませんでした。</p>
        <a href="/drills">訓練の一覧へ</a>
      </>
    );
  const runs = debriefs.filter(
    (d) => d.scenarioId === scenario.id && d.startedAt <= debrief.startedAt,
  );
  return (
    <article class="drill-print">
      <p class="notice warn">
        <strong>訓練</strong>：実際のインシデントではありません。
      </p>
      <h1>訓練のふりかえり：{scenario.title}</h1>
      <p>
        訓練の開始：{formatJst(debrief.startedAt)}
        <span class="muted small">（保存：{formatJst(debrief.savedAt)}）</span>
      </p>
      <div class="row no-print">
        <button type="button" class="button primary" onClick={() => window.print()}>
          印刷
        </button>
        <a class="button" href="/drills">
          訓練の一覧へ
        </a>
      </div>
      {contentError && <p class="notice error">{contentError}</p>}
      {checklist ? (
        <DebriefView
          scenario={scenario}
          debrief={debrief}
          items={itemsById(checklist)}
          runs={runs}
        />
      ) : (
        !contentError && <p class="muted">読み込んでいます…</p>
      )}
    </article>
  );
}
