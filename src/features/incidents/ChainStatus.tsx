import { useEffect, useState } from 'preact/hooks';
import type { ChainReport } from '../../storage/chain';
import { chainBreakText, shortHash } from '../../export/chain-head';
import { useFormatJst } from '../../ui/useFormatJst';
import { checkIncidentChain } from './chain-slice';
import { whenIdle } from '../../ui/idle';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';
import { exportSummary } from '../../i18n/ja/export-summary';

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
  const formatJst = useFormatJst();
  const m = useMessages(incidents);
  // Where and why the chain breaks, in the summaries' words of the language on screen.
  const words = useMessages(exportSummary);
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
  if (report === undefined) return <p class="muted small">{m.chainChecking}</p>;
  if (report === null) {
    return (
      <p class="chain-status" role="status">
        {m.chainUnknown}
      </p>
    );
  }
  if (!report.ok) {
    return (
      <div class="chain-status chain-broken" role="alert">
        <p>
          <strong>{m.chainBroken}</strong>
          {chainBreakText(report, words)}
        </p>
        <p class="small">{m.chainBrokenAdvice}</p>
      </div>
    );
  }
  return (
    <p class="chain-status small" role="status">
      {m.chainOk(report.count)}
      {report.head?.hash && (
        <>
          {m.chainHead}
          <code>{shortHash(report.head.hash)}</code>
          {m.chainHeadUntil}
          <time dateTime={report.head.createdAt}>{formatJst(report.head.createdAt)}</time>
          {m.chainHeadEnd}
        </>
      )}
    </p>
  );
}
