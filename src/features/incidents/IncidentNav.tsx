import { TeamStatusLine } from '../team/TeamStatusLine';

/**
 * The incident's sub-pages (報告・届出 and 共有・出力 are built by other features), and team
 * mode's status under them on every page of an incident.
 */
export function IncidentNav({ id, current }: { id: string; current: string }) {
  const links = [
    ['', 'チェックリスト'],
    ['/record', '整理しておく事項'],
    ['/timeline', '対応経過'],
    ['/evidence', '証拠'],
    ['/reporting', '報告・届出'],
    ['/share', '共有・出力'],
  ];
  return (
    <>
      <nav class="incident-nav" aria-label="この対応記録のページ">
        <ul>
          {links.map(([sub, label]) => (
            <li key={sub}>
              <a
                class="button"
                href={`/incidents/${id}${sub}`}
                aria-current={current === sub ? 'page' : undefined}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <TeamStatusLine />
    </>
  );
}
