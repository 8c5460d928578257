import { INCIDENT_TYPES } from '../../content/catalog';

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
  const toggle = (list: string[], id: string, on: boolean) =>
    on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);
  return (
    <fieldset class="type-picker">
      <legend>何が起きましたか（複数選べます）</legend>
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
            {t.shortTitle === 'ランサムウェア' ? 'ランサムウェア感染' : t.shortTitle}
          </label>
          {t.causes && types.includes(t.id) && (
            <fieldset class="causes">
              <legend>原因（わかれば）</legend>
              {t.causes.map((c) => (
                <label class="check" key={c.id}>
                  <input
                    type="checkbox"
                    checked={causes.includes(c.id)}
                    onChange={(e) => onChange(types, toggle(causes, c.id, e.currentTarget.checked))}
                  />
                  {c.title}
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
        まだわからない
      </label>
    </fieldset>
  );
}
