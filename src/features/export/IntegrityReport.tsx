import type { BackupIntegrity } from '../../export/backup/integrity';
import { chainBreakText } from '../../export/chain-head';
import { useMessages } from '../../i18n/active';
import { exportBackup } from '../../i18n/ja/export-backup';
import { exportSummary } from '../../i18n/ja/export-summary';

const count = (n: number) => n.toLocaleString('ja-JP');

/** What the restore check found: evidence hashes matched, and each timeline chain's state. */
export function IntegrityReport({ integrity: r }: { integrity: BackupIntegrity }) {
  const m = useMessages(exportBackup);
  const words = useMessages(exportSummary);
  return (
    <>
      <ul class="small">
        {r.filesVerified > 0 && <li>{m.filesVerified(count(r.filesVerified))}</li>}
        {r.filesAbsent > 0 && <li>{m.filesAbsent(count(r.filesAbsent))}</li>}
        {r.chainsIntact > 0 && <li>{m.chainsIntact(count(r.chainsIntact))}</li>}
        {r.legacyChained > 0 && <li>{m.legacyChained(count(r.legacyChained))}</li>}
      </ul>
      {r.chainsBroken.length > 0 && (
        <div class="notice" role="alert">
          <p>
            <strong>{m.chainsBroken}</strong>
            {m.chainsBrokenAdvice}
          </p>
          <ul>
            {r.chainsBroken.map((b, i) => (
              <li key={i}>
                <bdi>{b.incidentTitle.slice(0, 60) || m.untitled}</bdi>:{' '}
                {chainBreakText(b.report, words)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
