import type { Cause } from '../../content/schema';

/** Links to the same playbook narrowed to one cause (情報漏えい), or to every cause. */
export function CausePicker({
  playbookId,
  causes,
  current,
}: {
  playbookId: string;
  causes: readonly Cause[];
  current?: string;
}) {
  const href = (cause?: string) =>
    `/playbooks/${playbookId}${cause ? `?cause=${encodeURIComponent(cause)}` : ''}`;
  return (
    <nav class="cause-picker" aria-labelledby="cause-picker-title">
      <h2 id="cause-picker-title">原因で絞り込む</h2>
      <ul>
        {causes.map((c) => (
          <li key={c.id}>
            <a
              class="button"
              href={href(c.id)}
              aria-current={current === c.id ? 'true' : undefined}
            >
              {c.title}
            </a>
          </li>
        ))}
        <li>
          <a class="button" href={href()} aria-current={current ? undefined : 'true'}>
            わからない（すべて表示）
          </a>
        </li>
      </ul>
    </nav>
  );
}
