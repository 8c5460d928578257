import type { BackupIntegrity } from '../../export/backup/integrity';

const count = (n: number) => n.toLocaleString('ja-JP');

/** What the restore check found: evidence hashes matched, and each timeline chain's state. */
export function IntegrityReport({ integrity: r }: { integrity: BackupIntegrity }) {
  return (
    <>
      <ul class="small">
        {r.filesVerified > 0 && (
          <li>
            ✓ 証拠のファイル {count(r.filesVerified)}件の SHA-256
            が、記録された値と一致することを確かめました。
          </li>
        )}
        {r.filesAbsent > 0 && (
          <li>
            証拠 {count(r.filesAbsent)}
            件は、ファイルを含めずにバックアップされています（ファイル名・日時・SHA-256
            の記録だけを復元します）。
          </li>
        )}
        {r.chainsIntact > 0 && (
          <li>
            ✓ {count(r.chainsIntact)}
            件の対応記録で、対応経過が書き換えられていないことを確かめました。
          </li>
        )}
        {r.legacyChained > 0 && (
          <li>
            以前のバージョンで作られたバックアップです。対応経過 {count(r.legacyChained)}
            件に、復元するときに検証値を付けます（「旧版の記録」として印を付けます）。
          </li>
        )}
      </ul>
      {r.chainsBroken.length > 0 && (
        <div class="notice" role="alert">
          <p>
            <strong>⚠ 次の対応記録は、このファイルの中で対応経過の連続性が崩れています。</strong>
            復元はできますが、アプリは自動で直しません。控えと照らし合わせてください。
          </p>
          <ul>
            {r.chainsBroken.map((b, i) => (
              <li key={i}>
                <bdi>{b.incidentTitle.slice(0, 60) || '（件名なし）'}</bdi>: {b.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
