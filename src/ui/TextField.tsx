import type { LimitKind } from '../lib/limits';
import { CharCount, limitProps } from './CharCount';

/** A labelled one-line input in the standard `.field` block (label above, full width). */
export function TextField({
  id,
  label,
  type = 'text',
  autocomplete,
  value,
  onValue,
  limit,
}: {
  id: string;
  label: string;
  type?: 'text' | 'password' | 'datetime-local';
  autocomplete?: string;
  value: string;
  onValue: (value: string) => void;
  /** The kind of text, for its maxlength and a counter near the limit (LIMITS). */
  limit?: LimitKind;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        // Preact's input props are a union keyed by type, which a union value cannot pick.
        type={type as 'text'}
        autocomplete={autocomplete}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        {...(limit ? limitProps(id, limit) : {})}
      />
      {limit && <CharCount inputId={id} kind={limit} value={value} />}
    </div>
  );
}
