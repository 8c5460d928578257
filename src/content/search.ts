/**
 * Offline full-text search over all content and the app's own screens: every word of the
 * query (see query.ts) must appear somewhere in a string, as itself or a synonym, after
 * NFKC and lower casing; match ranges in the original text for highlighting. In another
 * language the index also holds each rendered sentence beside the guide's Japanese, so a
 * query in either finds the place (shown once). Pure.
 */
import type { PlaybookFile } from './schema';
import { bigrams, likeness, queryTerms, type QueryTerm } from './query';
import { normalizeForSearch } from './search-norm';

export { normalizeForSearch };

/** What a search entry comes from: a content file's kind, or one of the app's screens. */
export type SearchKind = PlaybookFile['kind'] | 'screen';

/** One of the app's own screens, as search finds it (data: features/search/screens.ts). */
export interface ScreenEntry {
  id: string;
  /** The screen's name, e.g. 「報告・届出」. */
  title: string;
  href: string;
  /** What she can do there, in words she might search for. */
  text: string;
  /** The language of title and text when not the guide's Japanese (e.g. 'en'). */
  lang?: string;
}

/** Where a hit is: the file, and the nearest ids inside it (usable as anchors). */
export interface SearchLocation {
  phaseId?: string;
  sectionId?: string;
  itemId?: string;
  /** Id of the nearest enclosing object with an id (item, note, contact, cue…). */
  anchor?: string;
  /** For a screen: where it is. */
  href?: string;
}

/** One searchable string of the content. */
export interface SearchEntry {
  /** Id of the file (playbook id, 'contacts', 'notes', …). */
  playbookId: string;
  kind: SearchKind;
  location: SearchLocation;
  /** Dot path of the string inside the file, e.g. `phases.2.sections.0.items.1.detail.0`. */
  path: string;
  text: string;
  /** The language of `text` when it is a rendering, not the guide's Japanese. */
  lang?: string;
  norm: string;
  /** For each UTF-16 unit of `norm`, where its source starts and ends in `text`. */
  starts: number[];
  ends: number[];
}

/** A search result: an entry and where the query matched in its original text. */
export interface SearchResult {
  playbookId: string;
  kind: SearchKind;
  location: SearchLocation;
  path: string;
  text: string;
  /** The language of `text` when it is a rendering, not the guide's Japanese. */
  lang?: string;
  /** [start, end) of the first match in `text`. */
  start: number;
  end: number;
  /** All matches of all terms in `text`, sorted, as [start, end). */
  ranges: [number, number][];
}

/** A prepared index; build once per content. */
export interface SearchIndex {
  entries: SearchEntry[];
  /** The content's words, made on the first 「もしかして」. */
  vocab?: string[];
}

// Keys whose strings are identifiers, references or addresses, not text to search.
const SKIP = new Set([
  'id',
  'kind',
  'phase',
  'playbook',
  'cause',
  'sameAs',
  'after',
  'asOf',
  'mark',
  'item',
  'detailFor',
]);
const SKIP_STRINGS = new Set(['notes', 'contacts', 'basic', 'url', 'source']);
const skip = (k: string, x: unknown) =>
  SKIP.has(k) ||
  (SKIP_STRINGS.has(k) &&
    (typeof x === 'string' || (Array.isArray(x) && typeof x[0] === 'string')));

/** Another language's words for the guide's sentences: its rendering of one, if any. */
export interface Rendering {
  lang: string;
  render: (ja: string) => string | undefined;
}

/**
 * Builds the search index over the given files and the app's screens; with a `rendering`,
 * each rendered sentence is indexed too, just before its Japanese (search shows one of them).
 */
export function createSearchIndex(
  files: readonly PlaybookFile[],
  screens: readonly ScreenEntry[] = [],
  rendering?: Rendering,
): SearchIndex {
  const entries: SearchEntry[] = [];
  for (const sc of screens) {
    const text = `${sc.title}${sc.lang === 'en' ? ': ' : '：'}${sc.text}`;
    const location = { anchor: sc.id, href: sc.href };
    entries.push({
      playbookId: sc.id,
      kind: 'screen',
      location,
      path: '',
      text,
      ...(sc.lang ? { lang: sc.lang } : {}),
      ...normalizeWithMap(text),
    });
  }
  for (const f of files) {
    const add = (location: SearchLocation, path: string, text: string, lang?: string) =>
      entries.push({
        playbookId: f.id,
        kind: f.kind,
        location,
        path,
        text,
        ...(lang ? { lang } : {}),
        ...normalizeWithMap(text),
      });
    const visit = (value: unknown, path: string, loc: SearchLocation) => {
      if (typeof value === 'string') {
        const other = rendering?.render(value);
        if (other && other !== value) add(loc, path, other, rendering!.lang);
        add(loc, path, value);
      } else if (Array.isArray(value)) {
        value.forEach((x, i) => visit(x, `${path}.${i}`, loc));
      } else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        let here = loc;
        if (typeof o.id === 'string' && path) {
          // The array holding this object says what it is: phases.N, sections.N, items.N.
          const holder = path.split('.').at(-2);
          here = { ...loc, anchor: o.id };
          if (holder === 'phases') here.phaseId = o.id;
          else if (holder === 'sections') here.sectionId = o.id;
          else if (holder === 'items' && here.sectionId) here.itemId = o.id;
        }
        for (const [k, x] of Object.entries(o))
          if (!skip(k, x)) visit(x, path ? `${path}.${k}` : k, here);
      }
    };
    visit(f, '', {});
  }
  return { entries };
}

const anywhere = (index: SearchIndex, t: QueryTerm) =>
  index.entries.some((e) => t.alternatives.some((a) => e.norm.includes(a)));

/** The query's terms; a long word found nowhere whole is looked for as its bigrams. */
function termsFor(index: SearchIndex, query: string): QueryTerm[] {
  return queryTerms(query).flatMap((t) =>
    Array.from(t.word).length >= 3 && !anywhere(index, t)
      ? bigrams(t.word).map((b) => ({ word: b, alternatives: [b] }))
      : [t],
  );
}

/** Where the terms match in an entry, or null when one of them does not. */
function matchEntry(e: SearchEntry, terms: readonly QueryTerm[]): [number, number][] | null {
  const ranges: [number, number][] = [];
  for (const t of terms) {
    let found = false;
    for (const a of t.alternatives) {
      for (let i = e.norm.indexOf(a); i >= 0; i = e.norm.indexOf(a, i + a.length)) {
        found = true;
        ranges.push([e.starts[i], e.ends[i + a.length - 1]]);
      }
    }
    if (!found) return null;
  }
  return ranges;
}

/**
 * Finds entries containing every word of `query` (split at spaces and scripts, each word
 * or one of its synonyms, anywhere in the entry), in content order. An empty query finds
 * nothing.
 */
export function search(index: SearchIndex, query: string, limit = 50): SearchResult[] {
  const terms = termsFor(index, query);
  if (!terms.length) return [];
  const out: SearchResult[] = [];
  // A screen is one entry per language, a sentence its rendering then its Japanese: one each.
  const shown = new Set<string>();
  for (const e of index.entries) {
    const place = `${e.playbookId}:${e.path}`;
    if (shown.has(place)) continue;
    const ranges = matchEntry(e, terms);
    if (!ranges) continue;
    shown.add(place);
    ranges.sort((a, b) => a[0] - b[0]);
    const { playbookId, kind, location, path, text, lang } = e;
    out.push({
      playbookId,
      kind,
      location,
      path,
      text,
      ...(lang ? { lang } : {}),
      start: ranges[0][0],
      end: ranges[0][1],
      ranges,
    });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * 「もしかして」 for a query that found nothing: each of its words that finds something
 * alone, then words of the content that look like a word that found nothing.
 */
export function suggest(index: SearchIndex, query: string, max = 4): string[] {
  const terms = queryTerms(query);
  const alone = terms.filter((t) => anywhere(index, t)).map((t) => t.word);
  const out = terms.length > 1 ? alone : [];
  const vocab = (index.vocab ??= vocabularyOf(index));
  for (const t of terms.filter((x) => !alone.includes(x.word))) {
    const near = vocab
      .map((w) => ({ w, score: likeness(t.word, w) }))
      .filter((x) => x.score >= 0.4 && x.w !== t.word)
      .sort((a, b) => b.score - a.score || a.w.length - b.w.length)
      .slice(0, max)
      .map((x) => x.w);
    out.push(...near);
  }
  return [...new Set(out)].slice(0, max);
}

/** The words of the content: runs of kanji, katakana or Latin letters, two or more long. */
function vocabularyOf(index: SearchIndex): string[] {
  const words = new Set<string>();
  for (const e of index.entries)
    for (const w of e.norm.match(/\p{Script=Han}{2,}|[\p{Script=Katakana}ー]{2,}|[a-z]{3,}/gu) ??
      [])
      words.add(w);
  return [...words];
}

/**
 * Normalises `text` cluster by cluster (a base character with its combining or
 * half-width voicing marks), recording where each normalised unit came from.
 */
export function normalizeWithMap(text: string): { norm: string; starts: number[]; ends: number[] } {
  let norm = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const clusters = text.match(/[\s\S][\u0300-\u036f\u3099\u309a\uff9e\uff9f]*/gu) ?? [];
  let at = 0;
  for (const c of clusters) {
    const n = normalizeForSearch(c);
    for (let k = 0; k < n.length; k++) {
      starts.push(at);
      ends.push(at + c.length);
    }
    norm += n;
    at += c.length;
  }
  return { norm, starts, ends };
}
