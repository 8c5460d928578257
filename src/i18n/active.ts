/**
 * The language on screen, kept here (not in the store) so that src/ui can read its messages
 * too. Choosing and remembering it is the settings slice's job (language-slice.ts).
 */
import { useEffect, useReducer } from 'preact/hooks';
import { htmlLang, type Language } from './languages';
import type { Catalogue, MessagesOf, Namespace } from './namespace';

type Loaders = Record<string, () => Promise<{ default: Catalogue }>>;

// One lazy chunk per language and namespace: a page loads only the namespaces it shows.
const files: Record<Exclude<Language, 'ja'>, Loaders> = {
  en: import.meta.glob<{ default: Catalogue }>('./en/*.ts'),
  'ja-easy': import.meta.glob<{ default: Catalogue }>('./ja-easy/*.ts'),
};

let language: Language = 'ja';
let version = 0;
let request = 0;
const loaded = new Map<string, Catalogue>();
// The namespaces shown so far: a switch loads theirs before anything changes on screen.
const shown = new Set<string>();
// The components on screen, each with the namespace it shows (none: it shows only the language).
const listeners = new Set<{ rerender: () => void; namespace?: string }>();
const loading = new Map<string, Promise<void>>();

// A switch of language re-renders every component that shows text.
const notify = () => {
  version++;
  listeners.forEach((l) => l.rerender());
};

// A catalogue that arrived late re-renders only the components of its namespace: on a first
// visit in English, each reminder's catalogue would otherwise re-render the whole page again.
const notifyLoaded = (name: string) =>
  listeners.forEach((l) => {
    if (l.namespace === name) l.rerender();
  });

function load(lang: Language, name: string): Promise<void> {
  const key = `${lang}/${name}`;
  if (lang === 'ja' || loaded.has(key)) return Promise.resolve();
  const file = files[lang][`./${lang}/${name}.ts`];
  // No catalogue (or a chunk that cannot be fetched offline): that namespace stays Japanese.
  if (!file) return Promise.resolve();
  // One request per catalogue, however many components ask for it at once.
  let pending = loading.get(key);
  if (!pending) {
    pending = file().then(
      (m) => void loaded.set(key, m.default),
      () => {},
    );
    loading.set(key, pending);
    void pending.then(() => loading.delete(key));
  }
  return pending;
}

/** Loads every namespace of `lang` at once (a full preload; the tests' setup uses it). */
export async function loadAllMessages(lang: Exclude<Language, 'ja'>): Promise<void> {
  await Promise.all(
    Object.keys(files[lang]).map((path) => load(lang, path.replace(/^.*\/(.*)\.ts$/, '$1'))),
  );
}

/** The language on screen now. */
export const getLanguage = (): Language => language;

/**
 * Shows the app in `lang`: loads the catalogues of the namespaces on screen first, then
 * switches everything at once and sets `<html lang>`. The last call wins.
 */
export async function setLanguage(lang: Language): Promise<void> {
  const mine = ++request;
  await Promise.all([...shown].map((name) => load(lang, name)));
  if (mine !== request) return;
  language = lang;
  markSettled();
  notify();
}

/** `<html lang>` and `data-language` (the language on screen, settled: tests wait for it). */
function markSettled() {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  // Only a real change: writing `lang`, even unchanged, restyles and lays out the whole page.
  if (root.lang !== htmlLang(language)) root.lang = htmlLang(language);
  if (root.dataset.language !== language) root.dataset.language = language;
}

/** Shows `lang` when it is not on screen yet; either way, marks the language settled. */
export async function showLanguage(lang: Language): Promise<void> {
  if (lang !== language) return setLanguage(lang);
  markSettled();
}

/** The language on screen, as a hook: the component re-renders when it changes. */
export function useLanguage(): Language {
  return useLanguageOf(undefined);
}

/** `useLanguage`, also re-rendering when the catalogue of `namespace` arrives. */
function useLanguageOf(namespace: string | undefined): Language {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const seen = version;
  useEffect(() => {
    const listener = { rerender: () => rerender(0), namespace };
    listeners.add(listener);
    if (seen !== version) listener.rerender(); // a change between the render and this subscription
    return () => void listeners.delete(listener);
  }, []);
  return language;
}

/** A namespace's messages in the language on screen (Japanese until its catalogue is loaded). */
export function messagesOf<C extends Catalogue>(ns: Namespace<C>, lang = language): MessagesOf<C> {
  const own = lang === 'ja' ? ns.ja : loaded.get(`${lang}/${ns.name}`);
  return (own ?? ns.ja) as MessagesOf<C>;
}

/**
 * A namespace's messages for a component, in the language on screen: `const m =
 * useMessages(home)`, then `m.title`, `m.more(3)`. Loads the catalogue on first use.
 */
export function useMessages<C extends Catalogue>(ns: Namespace<C>): MessagesOf<C> {
  const lang = useLanguageOf(ns.name);
  shown.add(ns.name);
  const ready = lang === 'ja' || loaded.has(`${lang}/${ns.name}`);
  useEffect(() => {
    if (!ready) void load(lang, ns.name).then(() => notifyLoaded(ns.name));
  }, [lang, ready]);
  return messagesOf(ns, lang);
}
