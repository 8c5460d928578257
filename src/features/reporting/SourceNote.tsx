/**
 * 「（根拠：…）」 for a rule or deadline; when the fact is not yet checked against its
 * official text, a small 「出典確認中」 badge whose details hold the research note.
 */
export function SourceNote({
  source,
  verified,
  note,
}: {
  source: string;
  verified: boolean;
  note?: string;
}) {
  return (
    <span class="muted reporting-source">
      （根拠：{source}）
      {!verified && (
        <details class="reporting-unverified">
          <summary>
            <span class="reporting-badge">出典確認中</span>
          </summary>
          <span class="reporting-unverified-note">
            この根拠は、公的な資料の本文でまだ確認しています。
            {note ? `確認の状況：${note}` : ''}
          </span>
        </details>
      )}
    </span>
  );
}
