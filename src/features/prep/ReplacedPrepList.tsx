import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import { useFormatJst } from '../../ui/useFormatJst';
import { useMessages } from '../../i18n/active';
import { prep } from '../../i18n/ja/prep';
import { prepCheck } from '../../i18n/ja/prep-check';
import { replacedLines, replacedPart } from './replaced-lines';

/**
 * 備え values another phone's later change replaced here (team mode): each with its part, time
 * and values, until the person marks it as checked. Nothing when there are none.
 */
export function ReplacedPrepList() {
  const formatJst = useFormatJst();
  const entries = useStore((s) => s.prepReplaced);
  const load = useStore((s) => s.loadPrepReplaced);
  const dismiss = useStore((s) => s.dismissPrepReplaced);
  const [failed, setFailed] = useState(false);
  const m = useMessages(prep);
  const c = useMessages(prepCheck);
  useEffect(() => void load(), [load]);
  if (!entries?.length) return null;
  return (
    <section aria-labelledby="prep-replaced-title" class="notice">
      <h2 id="prep-replaced-title">{m.replacedTitle}</h2>
      <p class="small">{m.replacedIntro}</p>
      {failed && (
        <p role="alert" class="small">
          {m.replacedFailed}
        </p>
      )}
      <ul class="records">
        {entries.map((e) => {
          const part = replacedPart(e.record, { m, c });
          return (
            <li key={e.id} class="card">
              <h3>{part}</h3>
              <p class="small muted">
                {formatJst(e.at)} {e.text}
              </p>
              <ul class="small">
                {replacedLines(e.record, { m, c }).map(([label, value]) => (
                  <li key={label}>
                    {label}: {value}
                  </li>
                ))}
              </ul>
              <button
                class="button"
                type="button"
                aria-label={m.dismissLabel(part, formatJst(e.at))}
                onClick={() =>
                  dismiss(e.id).then(
                    () => setFailed(false),
                    () => setFailed(true),
                  )
                }
              >
                {m.dismiss}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
