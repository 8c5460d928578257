import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import { formatJst } from '../../lib/jst';
import { replacedLines, replacedPart } from './replaced-lines';

/**
 * 備え values another phone's later change replaced here (team mode): each with its part, time
 * and values, until the person marks it as checked. Nothing when there are none.
 */
export function ReplacedPrepList() {
  const entries = useStore((s) => s.prepReplaced);
  const load = useStore((s) => s.loadPrepReplaced);
  const dismiss = useStore((s) => s.dismissPrepReplaced);
  const [failed, setFailed] = useState(false);
  useEffect(() => void load(), [load]);
  if (!entries?.length) return null;
  return (
    <section aria-labelledby="prep-replaced-title" class="notice">
      <h2 id="prep-replaced-title">別の端末の変更で置き換わった内容</h2>
      <p class="small">
        この端末で入力していた内容です。必要なところを入力し直したら「確認済みにする」を押してください。
      </p>
      {failed && (
        <p role="alert" class="small">
          保存できませんでした。もう一度お試しください。
        </p>
      )}
      <ul class="records">
        {entries.map((e) => {
          const part = replacedPart(e.record);
          return (
            <li key={e.id} class="card">
              <h3>{part}</h3>
              <p class="small muted">
                {formatJst(e.at)} {e.text}
              </p>
              <ul class="small">
                {replacedLines(e.record).map(([label, value]) => (
                  <li key={label}>
                    {label}: {value}
                  </li>
                ))}
              </ul>
              <button
                class="button"
                type="button"
                aria-label={`${part}（${formatJst(e.at)}）を確認済みにする`}
                onClick={() =>
                  dismiss(e.id).then(
                    () => setFailed(false),
                    () => setFailed(true),
                  )
                }
              >
                確認済みにする
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
