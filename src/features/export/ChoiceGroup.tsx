import type { ComponentChildren } from 'preact';

/** One choice of a ChoiceGroup: its value, its label, and the label's language if not the page's. */
export interface Choice<T extends string> {
  value: T;
  label: string;
  lang?: string;
}

/** A set of radio buttons under a legend (the share page's choices), with a note below. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  children,
}: {
  legend: string;
  name: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  children?: ComponentChildren;
}) {
  return (
    <fieldset class="share-kinds">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} class="share-kind">
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          <span lang={c.lang}>{c.label}</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}
