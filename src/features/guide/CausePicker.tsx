import type { Cause } from '../../content/schema';
import { useMessages } from '../../i18n/active';
import { guide } from '../../i18n/ja/guide';
import { home } from '../../i18n/ja/home';

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
  const m = useMessages(guide);
  const names: Readonly<Record<string, string>> = useMessages(home).causes;
  const href = (cause?: string) =>
    `/playbooks/${playbookId}${cause ? `?cause=${encodeURIComponent(cause)}` : ''}`;
  return (
    <nav class="cause-picker" aria-labelledby="cause-picker-title">
      <h2 id="cause-picker-title">{m.causePicker}</h2>
      <ul>
        {causes.map((c) => (
          <li key={c.id}>
            <a
              class="button"
              href={href(c.id)}
              aria-current={current === c.id ? 'true' : undefined}
            >
              {names[c.id] ?? c.title}
            </a>
          </li>
        ))}
        <li>
          <a class="button" href={href()} aria-current={current ? undefined : 'true'}>
            {m.allCauses}
          </a>
        </li>
      </ul>
    </nav>
  );
}
