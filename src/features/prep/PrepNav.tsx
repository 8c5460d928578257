/** The parts of 平時の備え, in the order a company fills them in. */
export const PREP_PARTS = [
  { path: '/prep/company', label: '会社の情報' },
  { path: '/prep/contacts', label: '体制と連絡先' },
  { path: '/prep/systems', label: 'システムと情報' },
  { path: '/prep/check', label: '備えの点検' },
  { path: '/prep/card', label: '緊急カード（印刷）' },
] as const;

/** Links between the parts of 備え; the current one is marked. */
export function PrepNav({ current }: { current: string }) {
  return (
    <nav aria-label="備えの項目" class="prep-nav">
      <ul>
        <li>
          <a href="/prep" aria-current={current === '/prep' ? 'page' : undefined}>
            備えの一覧
          </a>
        </li>
        {PREP_PARTS.map((p) => (
          <li key={p.path}>
            <a href={p.path} aria-current={current === p.path ? 'page' : undefined}>
              {p.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
