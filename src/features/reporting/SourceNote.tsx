/**
 * 「（根拠：…）」 for a rule or deadline; when the fact is not yet checked against its
 * official text, a small 「出典確認中」 badge that says so in plain words. Maintainers'
 * research notes (`note` in the YAML) never reach the screen.
 */
export function SourceNote({ source, verified }: { source: string; verified: boolean }) {
  return (
    <span class="muted reporting-source">
      （根拠：{source}）
      {!verified && (
        <details class="reporting-unverified">
          <summary>
            <span class="reporting-badge">出典確認中</span>
          </summary>
          <span class="reporting-unverified-note">
            この根拠は、法令やガイドラインの本文でまだ確かめきれていません。迷うときは、報告する側（念のため報告する）で考え、報告先に確認してください。
          </span>
        </details>
      )}
    </span>
  );
}
