import { useMessages } from '../../i18n/active';
import { prep } from '../../i18n/ja/prep';

/** The parts of 平時の備え, in the order a company fills them in (their names: prep.parts). */
export const PREP_PARTS = [
  { id: 'company', path: '/prep/company' },
  { id: 'contacts', path: '/prep/contacts' },
  { id: 'systems', path: '/prep/systems' },
  { id: 'check', path: '/prep/check' },
  { id: 'card', path: '/prep/card' },
] as const;

/** Links between the parts of 備え; the current one is marked. */
export function PrepNav({ current }: { current: string }) {
  const m = useMessages(prep);
  return (
    <nav aria-label={m.navLabel} class="prep-nav">
      <ul>
        <li>
          <a href="/prep" aria-current={current === '/prep' ? 'page' : undefined}>
            {m.navHome}
          </a>
        </li>
        {PREP_PARTS.map((p) => (
          <li key={p.path}>
            <a href={p.path} aria-current={current === p.path ? 'page' : undefined}>
              {m.parts[p.id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
