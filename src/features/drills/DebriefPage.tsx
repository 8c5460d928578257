import { useState } from 'preact/hooks';
import { formatJst } from '../../lib/jst';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { forgetDebrief } from './debrief-slice';
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
  const [deleted, setDeleted] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const forget = () => {
    setDeleteError(null);
    forgetDebrief(id).then(
      () => setDeleted(true),
      (e: Error) => setDeleteError(e.message),
    );
  };
  if (deleted)
    return (
      <>
        <h1>ふりかえり</h1>
        <p role="status" class="notice">
          ふりかえりを削除しました。
        </p>
        <a href="/drills">訓練の一覧へ</a>
      </>
    );
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
      <div class="no-print">
        <ConfirmButton
          label="このふりかえりを削除…"
          question="このふりかえりを削除しますか？これまでの訓練の一覧と比較から消え、元に戻せません。訓練の記録が残っていれば、それもゴミ箱に移ります（30日間は「設定」のゴミ箱から戻せ、開くとふりかえりがまた保存されます）。"
          confirmLabel="削除する"
          onConfirm={forget}
          danger
        />
        {deleteError && (
          <p class="notice error" role="alert">
            {deleteError}
          </p>
        )}
      </div>
    </article>
  );
}
