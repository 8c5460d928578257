import { useState } from 'preact/hooks';
import { useStore } from '../../app/store';
import type { StorageError } from '../../storage';
import { useLanguage, useMessages } from '../../i18n/active';
import { settings } from '../../i18n/ja/settings';
import { LanguageSelect } from '../../ui/LanguageSelect';

/** 設定 → 言語 / Language: the switcher, saved on this device as soon as it is changed. */
export function LanguageSetting() {
  const m = useMessages(settings);
  const language = useLanguage();
  const choose = useStore((s) => s.chooseLanguage);
  const [state, setState] = useState<'saved' | StorageError | null>(null);
  return (
    <section class="card" id="language" aria-labelledby="settings-language-title">
      <h2 id="settings-language-title">{m.languageTitle}</h2>
      <p class="small">{m.languageHelp}</p>
      <LanguageSelect
        id="settings-language"
        label={m.languageTitle}
        value={language}
        onChange={(l) => {
          setState(null);
          choose(l).then(
            () => setState('saved'),
            (e: StorageError) => setState(e),
          );
        }}
      />
      <p class="save-status" aria-live="polite">
        {state === 'saved'
          ? m.languageSaved
          : state
            ? m.languageNotSaved(state.message ?? String(state))
            : ''}
      </p>
    </section>
  );
}
