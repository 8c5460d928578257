import { COUNTER_FROM, LIMITS, type LimitKind } from '../lib/limits';
import { useMessages } from '../i18n/active';
import { uiControls } from '../i18n/ja/ui-controls';

/** The id of the counter of the input `inputId` (for its aria-describedby). */
export const charCountId = (inputId: string) => `${inputId}-count`;

/** The maxlength and aria-describedby an input with a limit of `kind` takes. */
export function limitProps(inputId: string, kind: LimitKind) {
  return { maxLength: LIMITS[kind], 'aria-describedby': charCountId(inputId) };
}

/**
 * A calm counter under a text input: silent until the text nears its limit (LIMITS),
 * then 「あと N 文字」, and at the limit a sentence saying so (words, not colour alone).
 * Always rendered, so the input's aria-describedby always points at something.
 */
export function CharCount({
  inputId,
  kind,
  value,
}: {
  inputId: string;
  kind: LimitKind;
  value: string;
}) {
  const m = useMessages(uiControls);
  const max = LIMITS[kind];
  const left = max - value.length;
  const text =
    left <= 0 ? m.atLimit(max) : value.length >= max * COUNTER_FROM ? m.charsLeft(left) : '';
  return (
    <p id={charCountId(inputId)} class="small muted char-count" aria-live="polite">
      {text}
    </p>
  );
}
