import { useEffect, useState } from 'preact/hooks';
import type { ChainReport } from '../../storage/chain';
import { chainBreakText, shortHash } from '../../export/chain-head';
import { formatJst } from '../../lib/jst';
import { checkIncidentChain } from './chain-slice';
import { whenIdle } from '../../ui/idle';

/**
 * The state of the incident's hash chain, checked again whenever the timeline changes
 * (`version`): intact with the count and head, or which entry breaks it and since when.
 * With `onlyBroken`, nothing is shown unless the chain is broken (the checklist page).
 */
export function ChainStatus({
  incidentId,
  version,
  onlyBroken = false,
}: {
  incidentId: string;
  version: string;
  onlyBroken?: boolean;
}) {
  const [report, setReport] = useState<ChainReport | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // Once the page is idle: a tick's or a note's own work comes first (the check reads and
    // hashes every entry).
    whenIdle(() => {
      if (live) void checkIncidentChain(incidentId).then((r) => live && setReport(r));
    }, 500);
    return () => {
      live = false;
    };
  }, [incidentId, version]);
  if (onlyBroken && (!report || report.ok)) return null;
  if (report === undefined) return <p class="muted small">記録の改ざんがないか確認しています…</p>;
  if (report === null) {
    return (
      <p class="chain-status" role="status">
        記録の改ざんの確認ができませんでした。ページを再読み込みしてください。
      </p>
    );
  }
  if (!report.ok) {
    return (
      <div class="chain-status chain-broken" role="alert">
        <p>
          <strong>⚠ 記録の連続性が崩れています。</strong>
          {chainBreakText(report)}
        </p>
        <p class="small">
          アプリは自動で直しません。書き出した控えと照らし合わせ、経緯を記録に残してください。
        </p>
      </div>
    );
  }
  return (
    <p class="chain-status small" role="status">
      ✓ 記録は改ざんされていません（{report.count}件を確認）
      {report.head?.hash && (
        <>
          。検証値 <code>{shortHash(report.head.hash)}</code>（
          <time dateTime={report.head.createdAt}>{formatJst(report.head.createdAt)}</time> まで）
        </>
      )}
    </p>
  );
}
