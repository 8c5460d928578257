import { TeamStatusLine } from '../team/TeamStatusLine';
import { useMessages } from '../../i18n/active';
import { incidents } from '../../i18n/ja/incidents';

/** The sub-pages by id, and their paths under /incidents/<id>. */
const PAGES = [
  ['checklist', ''],
  ['record', '/record'],
  ['timeline', '/timeline'],
  ['evidence', '/evidence'],
  ['reporting', '/reporting'],
  ['share', '/share'],
] as const;

/**
 * The incident's sub-pages (報告・届出 and 共有・出力 are built by other features), and team
 * mode's status under them on every page of an incident.
 */
export function IncidentNav({ id, current }: { id: string; current: string }) {
  const m = useMessages(incidents);
  return (
    <>
      <nav class="incident-nav" aria-label={m.navLabel}>
        <ul>
          {PAGES.map(([page, sub]) => (
            <li key={sub}>
              <a
                class="button"
                href={`/incidents/${id}${sub}`}
                aria-current={current === sub ? 'page' : undefined}
              >
                {m.nav[page]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <TeamStatusLine />
    </>
  );
}
