/**
 * Browser-side playbook renderings: one lazy chunk per language (made at build time by the
 * playbooks plugin), so the playbooks and the home route stay Japanese-only and small.
 */
import type { Language } from '../i18n/languages';
import { renderingKey } from './rendering-key';

/** One language's renderings: renderingKey(ja) → the rendered sentence. */
export type Renderings = Readonly<Record<string, string>>;

const modules: Record<Exclude<Language, 'ja'>, () => Promise<{ default: Renderings }>> = {
  en: () => import('virtual:playbook-renderings/en'),
  'ja-easy': () => import('virtual:playbook-renderings/easy'),
};
const cache = new Map<Language, Promise<Renderings>>();

/** The renderings of a language; null for Japanese (the original is shown). */
export function loadRenderings(language: Language): Promise<Renderings> | null {
  if (language === 'ja') return null;
  let p = cache.get(language);
  if (!p) {
    p = modules[language]().then((m) => m.default);
    // A chunk that could not be fetched (offline before caching) may be tried again later.
    p.catch(() => cache.delete(language));
    cache.set(language, p);
  }
  return p;
}

/** A playbook sentence in the renderings' language, or the original when not yet rendered. */
export function rendered(text: string, renderings: Renderings | null): string {
  return renderings?.[renderingKey(text.trim())] ?? text;
}
