import { useMessages } from '../../i18n/active';
import { reporting } from '../../i18n/ja/reporting';
import { Rendered } from '../../ui/Rendered';

/**
 * 「（根拠：…）」 for a rule or deadline (the source itself stays as written: a citation);
 * when the fact is not yet checked against its official text, a small 「出典確認中」 badge
 * that says so in plain words. Maintainers' research notes (`note` in the YAML) never reach
 * the screen.
 */
export function SourceNote({ source, verified }: { source: string; verified: boolean }) {
  const m = useMessages(reporting);
  return (
    <span class="muted reporting-source">
      {m.sourceBefore}
      <span lang="ja">{source}</span>
      {m.sourceAfter}
      {!verified && (
        <details class="reporting-unverified">
          <summary>
            <span class="reporting-badge">{m.unverified}</span>
          </summary>
          <span class="reporting-unverified-note">{m.unverifiedNote}</span>
        </details>
      )}
    </span>
  );
}

/** A list of the rules' sentences, each in the language on screen with its source. */
export function SourcedList({
  items,
  class: className,
}: {
  items: readonly { id: string; text: string; source: string; verified: boolean }[];
  class?: string;
}) {
  return (
    <ul class={className}>
      {items.map((x) => (
        <li key={x.id}>
          <Rendered text={x.text} />
          <SourceNote source={x.source} verified={x.verified} />
        </li>
      ))}
    </ul>
  );
}
