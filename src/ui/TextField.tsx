/** A labelled one-line input in the standard `.field` block (label above, full width). */
export function TextField({
  id,
  label,
  type = 'text',
  autocomplete,
  value,
  onValue,
}: {
  id: string;
  label: string;
  type?: 'text' | 'password' | 'datetime-local';
  autocomplete?: string;
  value: string;
  onValue: (value: string) => void;
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
      />
    </div>
  );
}
