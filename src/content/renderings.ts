/**
 * Playbook renderings (build time, pure): a sentence of playbooks/*.yaml is either a plain
 * string (not yet rendered) or `{ ja: 原文, en: English, easy: やさしい日本語 }`. This module checks
 * the renderings (both present, none empty), collects them into one table per language keyed
 * by renderingKey(ja), lists the sentences not yet rendered, and strips renderings from a file.
 */
import { ContentError } from './validate';
import { renderingKey } from './rendering-key';

/** The rendered languages, as written in the YAML (`easy` is やさしい日本語). */
export const RENDERED_LANGUAGES = ['en', 'easy'] as const;
/** One rendered language of the YAML. */
export type RenderedLanguage = (typeof RENDERED_LANGUAGES)[number];
/** Renderings of one language: renderingKey(ja) → the rendered sentence. */
export type RenderingTable = Record<string, string>;

/** Keys whose strings are never rendered (citations, ids, dates, addresses). */
export const NOT_RENDERED: readonly string[] = [
  'source',
  'asOf',
  'url',
  'email',
  'id',
  'kind',
  // Maintainers' notes never reach the screen.
  'note',
];

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const KEYS = ['ja', ...RENDERED_LANGUAGES];

/** A place of a sentence not yet rendered. */
export interface Unrendered {
  file: string;
  path: string;
  text: string;
}

/** True for a `{ ja, … }` object (a rendered sentence, valid or not). */
export const isRendering = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && 'ja' in value;

type Visit = (value: unknown, path: string, key: string) => void;

function walk(value: unknown, path: string, key: string, visit: Visit): void {
  visit(value, path, key);
  if (isRendering(value) || !value || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value))
    walk(v, path ? `${path}.${k}` : k, Array.isArray(value) ? key : k, visit);
}

/** The Japanese text of a rendering, checked: every key known, en and easy present, none empty. */
function checked(file: string, path: string, value: Record<string, unknown>): string {
  for (const k of Object.keys(value))
    if (!KEYS.includes(k)) throw new ContentError(file, `${path}.${k}`, 'unknown language key');
  for (const k of KEYS) {
    const text = value[k];
    if (text === undefined || text === null)
      throw new ContentError(file, `${path}.${k}`, `missing rendering "${k}"`);
    if (typeof text !== 'string') throw new ContentError(file, `${path}.${k}`, 'must be a text');
    if (!text.trim()) throw new ContentError(file, `${path}.${k}`, 'must not be empty');
  }
  return (value.ja as string).trim();
}

/**
 * Checks every rendering of the files (throws ContentError naming the file and path) and
 * returns the tables per language and the Japanese sentences not yet rendered anywhere.
 * One sentence rendered twice must be rendered the same way.
 */
export function collectRenderings(files: readonly { file: string; raw: unknown }[]): {
  tables: Record<RenderedLanguage, RenderingTable>;
  unrendered: Unrendered[];
} {
  const tables = { en: {}, easy: {} } as Record<RenderedLanguage, RenderingTable>;
  const seen = new Map<string, { ja: string; at: string }>();
  const plain: (Unrendered & { key: string })[] = [];
  for (const { file, raw } of files)
    walk(raw, '', '', (value, path, key) => {
      if (isRendering(value)) {
        const ja = checked(file, path, value);
        const key = renderingKey(ja);
        const other = seen.get(key);
        for (const lang of RENDERED_LANGUAGES) {
          const text = (value[lang] as string).trim();
          if (other && (other.ja !== ja || tables[lang][key] !== text))
            throw new ContentError(
              file,
              path,
              other.ja !== ja
                ? `its key collides with another sentence (at ${other.at}): reword one`
                : `rendered differently at ${other.at} ("${lang}"): render one sentence one way`,
            );
          tables[lang][key] = text;
        }
        seen.set(key, { ja, at: `${file}: ${path}` });
      } else if (typeof value === 'string' && !NOT_RENDERED.includes(key) && JAPANESE.test(value))
        plain.push({ file, path, text: value.trim(), key: renderingKey(value.trim()) });
    });
  const unrendered = plain
    .filter((p) => !(p.key in tables.en))
    .map(({ file, path, text }) => ({ file, path, text }));
  return { tables, unrendered };
}

/** The file with every rendering replaced by its Japanese text (the shape the app reads). */
export function stripRenderings<T>(value: T): T {
  if (isRendering(value)) return value.ja as T;
  if (Array.isArray(value)) return value.map(stripRenderings) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripRenderings(v)])) as T;
  return value;
}
