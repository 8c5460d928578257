import { useEffect, useRef } from 'preact/hooks';
import { useMessages } from '../../i18n/active';
import { exportPage } from '../../i18n/ja/export';

/** An action that sends a document off the phone. */
export type SendAction = 'share' | 'copy' | 'save';

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
  /** What each remaining placeholder asks for (e.g. 「事業者名」), from a Japanese draft. */
  names: string[];
  action: SendAction;
  onGo: () => void;
  onBack: () => void;
}) {
  const m = useMessages(exportPage);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  const verb = m.actions[action];
  return (
    <div
      class="notice warn"
      role="alertdialog"
      aria-labelledby="placeholder-question"
      onKeyDown={(e) => e.key === 'Escape' && onBack()}
    >
      <p id="placeholder-question">{m.placeholdersLeft(names.length, verb)}</p>
      <ul>
        {names.map((n) => (
          <li key={n} lang="ja">
            {n}
          </li>
        ))}
      </ul>
      <div class="row">
        <button ref={back} type="button" class="button primary" onClick={onBack}>
          {m.goBack}
        </button>
        <button type="button" class="button" onClick={onGo}>
          {m.goAnyway(verb)}
        </button>
      </div>
    </div>
  );
}
