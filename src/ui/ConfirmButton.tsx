import { useEffect, useRef, useState } from 'preact/hooks';
import { useMessages } from '../i18n/active';
import { uiControls } from '../i18n/ja/ui-controls';

interface Props {
  /** The button that asks (e.g. 「この対応記録を削除…」). */
  label: string;
  /** The question, with what happens and how to undo it. */
  question: string;
  /** The button that does it. */
  confirmLabel: string;
  onConfirm: () => void;
  danger?: boolean;
  disabled?: boolean;
}

/**
 * An action that asks first, inline: one mistaken tap never does it. Focus moves to the safe
 * choice (やめる) when the question opens, and back to the button when it closes; Escape cancels.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  danger,
  disabled,
}: Props) {
  const [asking, setAsking] = useState(false);
  const m = useMessages(uiControls);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const questionId = useRef(`confirm-${Math.random().toString(36).slice(2)}`).current;
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const kind = danger ? 'button danger' : 'button';
  if (!asking) {
    return (
      <button
        ref={opener}
        class={kind}
        type="button"
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div
      class="notice warn"
      role="alertdialog"
      aria-labelledby={questionId}
      onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
    >
      <p id={questionId}>{question}</p>
      <div class="row">
        <button
          class={danger ? 'button danger' : 'button primary'}
          type="button"
          disabled={disabled}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button ref={cancel} class="button" type="button" onClick={() => setAsking(false)}>
          {m.cancel}
        </button>
      </div>
    </div>
  );
}
