import { CharCount, charCountId } from '../../ui/CharCount';
import { LIMITS } from '../../lib/limits';
import { useMessages } from '../../i18n/active';
import { prep } from '../../i18n/ja/prep';

/** One labelled field of a 備え form: text, tel, email, date, long text or あり/なし. */
export function PrepField({
  id,
  label,
  value,
  onValue,
  kind = 'text',
  hint,
  error,
  autocomplete,
}: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  kind?: 'text' | 'tel' | 'email' | 'date' | 'long' | 'yes-no';
  hint?: string;
  /** A problem with what was typed (shown under the field, announced). */
  error?: string | null;
  autocomplete?: string;
}) {
  const m = useMessages(prep);
  const limit = kind === 'long' ? 'note' : 'line';
  const typed = kind !== 'yes-no' && kind !== 'date';
  const described = [hint && `${id}-hint`, error && `${id}-error`, typed && charCountId(id)]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    maxLength: typed ? LIMITS[limit] : undefined,
    'aria-describedby': described || undefined,
    'aria-invalid': error ? true : undefined,
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="muted small" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {kind === 'long' ? (
        <textarea
          {...common}
          rows={3}
          value={value}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      ) : kind === 'yes-no' ? (
        <select {...common} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
          {(['', 'yes', 'no'] as const).map((v) => (
            <option key={v} value={v}>
              {m.yesNo[v || 'unknown']}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          // Preact's input props are a union keyed by type, which a union value cannot pick.
          type={kind as 'text'}
          inputMode={kind === 'tel' ? 'tel' : undefined}
          autocomplete={autocomplete}
          value={value}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      )}
      {typed && <CharCount inputId={id} kind={limit} value={value} />}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          ⚠ {error}
        </p>
      )}
    </div>
  );
}
