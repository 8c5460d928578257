import { LANGUAGE_NAMES, LANGUAGES, htmlLang, type Language } from '../i18n/languages';

/** The language switcher: each language named in itself; `label` names the control. */
export function LanguageSelect({
  id,
  label,
  value,
  onChange,
  class: className,
}: {
  id: string;
  label: string;
  value: Language;
  onChange: (language: Language) => void;
  class?: string;
}) {
  return (
    <select
      id={id}
      class={className}
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as Language)}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={htmlLang(l)}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
