import { createContext, h, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useLanguage, useMessages } from '../i18n/active';
import { ui } from '../i18n/ja/ui';
import { loadRenderings, rendered, type Renderings } from '../content/rendered';
import './rendered.css';

// Whether the step around a sentence shows the guide's Japanese beside its rendering.
const ShowOriginal = createContext(false);

/** The renderings of the language on screen (null in Japanese, and until they are loaded). */
export function useRenderings(): Renderings | null {
  const language = useLanguage();
  const [loaded, setLoaded] = useState<{ language: string; renderings: Renderings } | null>(null);
  useEffect(() => {
    let live = true;
    loadRenderings(language)?.then(
      (renderings) => live && setLoaded({ language, renderings }),
      () => {}, // Offline before the chunk was kept: the original stays.
    );
    return () => {
      live = false;
    };
  }, [language]);
  return loaded?.language === language ? loaded.renderings : null;
}

/**
 * Playbook sentences as plain text in the language on screen (for an attribute or an
 * accessible name, where no element can carry `lang`); the original until rendered.
 */
export function useRenderedText(): (text: string) => string {
  const renderings = useRenderings();
  return (text) => rendered(text, renderings);
}

/**
 * A sentence of the playbooks in the language on screen; with the step's 「原文」 open, the
 * guide's Japanese follows it. A sentence not yet rendered shows the original (marked `ja`).
 */
export function Rendered({ text }: { text: string }) {
  const renderings = useRenderings();
  const showOriginal = useContext(ShowOriginal);
  const language = useLanguage();
  const shown = rendered(text, renderings);
  if (shown === text) return language === 'en' ? <span lang="ja">{text}</span> : <>{text}</>;
  return (
    <>
      {shown}
      {showOriginal && (
        <span class="original" lang="ja">
          {text}
        </span>
      )}
    </>
  );
}

/** Sentences of the playbooks, each in its own `<p>` (or `<li>`), in the language on screen. */
export function RenderedEach({ texts, as = 'p' }: { texts: readonly string[]; as?: 'p' | 'li' }) {
  return <>{texts.map((text, i) => h(as, { key: i }, <Rendered text={text} />))}</>;
}

/**
 * One step of guidance (an item, an urgent action, a lead): its sentences, then, in another
 * language than Japanese, the 「原文」 toggle that shows the guide's own words in each of them.
 */
export function OriginalScope({ children }: { children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const m = useMessages(ui);
  const language = useLanguage();
  return (
    <ShowOriginal.Provider value={open && language !== 'ja'}>
      {children}
      {language !== 'ja' && (
        <button type="button" class="button original-toggle" onClick={() => setOpen((o) => !o)}>
          {open ? m.hideOriginal : m.showOriginal}
        </button>
      )}
    </ShowOriginal.Provider>
  );
}
