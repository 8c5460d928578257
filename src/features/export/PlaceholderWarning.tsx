import { useEffect, useRef } from 'preact/hooks';

/**
 * Asks before a document leaves the phone while placeholders remain, naming each; focus
 * goes to the safe choice (戻って記入する), which returns to the text.
 */
export function PlaceholderWarning({
  names,
  action,
  onGo,
  onBack,
}: {
  /** What each remaining placeholder asks for (e.g. 「事業者名」). */
  names: string[];
  /** The action's name: 共有 / コピー / 保存. */
  action: string;
  onGo: () => void;
  onBack: () => void;
}) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div
      class="notice warn"
      role="alertdialog"
      aria-labelledby="placeholder-question"
      onKeyDown={(e) => e.key === 'Escape' && onBack()}
    >
      <p id="placeholder-question">
        まだ記入していない箇所が {names.length} か所あります。このまま{action}しますか？
      </p>
      <ul>
        {names.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <div class="row">
        <button ref={back} type="button" class="button primary" onClick={onBack}>
          戻って記入する
        </button>
        <button type="button" class="button" onClick={onGo}>
          このまま{action}する
        </button>
      </div>
    </div>
  );
}
