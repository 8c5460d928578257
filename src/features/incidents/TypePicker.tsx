import { INCIDENT_TYPES } from '../../content/catalog';
import { useMessages } from '../../i18n/active';
import { home } from '../../i18n/ja/home';
import { incidents } from '../../i18n/ja/incidents';

/** Picks one or more incident types (and the leak causes), or 「まだわからない」. */
export function TypePicker({
  types,
  causes,
  onChange,
}: {
  types: string[];
  causes: string[];
  onChange(types: string[], causes: string[]): void;
}) {
  const m = useMessages(incidents);
  // The type and cause names by id; one the catalogues lack keeps the catalog's title.
  const pickTypes: Readonly<Record<string, string>> = m.pickTypes;
  const h = useMessages(home);
  const causeNames: Readonly<Record<string, string>> = h.causes;
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);
  return (
    <fieldset class="type-picker">
      <legend>{m.pickLegend}</legend>
      {INCIDENT_TYPES.map((t) => (
        <div key={t.id}>
          <label class="check">
            <input
              type="checkbox"
              checked={types.includes(t.id)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                const own = (t.causes ?? []).map((c) => c.id);
                onChange(
                  toggle(types, t.id, on),
                  on ? causes : causes.filter((c) => !own.includes(c)),
                );
              }}
            />
            {pickTypes[t.id] ?? t.shortTitle}
          </label>
          {t.causes && types.includes(t.id) && (
            <fieldset class="causes">
              <legend>{m.causesLegend}</legend>
              {t.causes.map((c) => (
                <label class="check" key={c.id}>
                  <input
                    type="checkbox"
                    checked={causes.includes(c.id)}
                    onChange={(e) => onChange(types, toggle(causes, c.id, e.currentTarget.checked))}
                  />
                  {causeNames[c.id] ?? c.title}
                </label>
              ))}
            </fieldset>
          )}
        </div>
      ))}
      <label class="check">
        <input
          type="checkbox"
          checked={types.length === 0}
          onChange={(e) => e.currentTarget.checked && onChange([], [])}
        />
        {h.unsure}
      </label>
    </fieldset>
  );
}
