/**
 * Offline full-text search over all content: substring matching after NFKC and lower
 * casing (enough for Japanese without a tokenizer), with match ranges in the original
 * text for highlighting. Pure: no I/O, no DOM.
 */
import type { PlaybookFile } from './schema';

/** Where a hit is: the file, and the nearest ids inside it (usable as anchors). */
export interface SearchLocation {
  phaseId?: string;
  sectionId?: string;
  itemId?: string;
  /** Id of the nearest enclosing object with an id (item, note, contact, cue…). */
  anchor?: string;
}

/** One searchable string of the content. */
export interface SearchEntry {
  /** Id of the file (playbook id, 'contacts', 'notes', …). */
  playbookId: string;
  kind: PlaybookFile['kind'];
  location: SearchLocation;
  /** Dot path of the string inside the file, e.g. `phases.2.sections.0.items.1.detail.0`. */
  path: string;
  text: string;
  norm: string;
  /** For each UTF-16 unit of `norm`, where its source starts and ends in `text`. */
  starts: number[];
  ends: number[];
}

/** A search result: an entry and where the query matched in its original text. */
export interface SearchResult {
  playbookId: string;
  kind: PlaybookFile['kind'];
  location: SearchLocation;
  path: string;
  text: string;
  /** [start, end) of the first match in `text`. */
  start: number;
  end: number;
  /** All matches of all terms in `text`, sorted, as [start, end). */
  ranges: [number, number][];
}

/** A prepared index; build once per content. */
export interface SearchIndex {
  entries: SearchEntry[];
}

/** NFKC + lower case, as used for both the index and the query. */
export const normalizeForSearch = (s: string) => s.normalize('NFKC').toLowerCase();

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
]);
const SKIP_STRINGS = new Set(['notes', 'contacts', 'basic', 'url', 'source']);
const skip = (k: string, x: unknown) =>
  SKIP.has(k) ||
  (SKIP_STRINGS.has(k) &&
    (typeof x === 'string' || (Array.isArray(x) && typeof x[0] === 'string')));

/** Builds the search index over the given files. */
export function createSearchIndex(files: readonly PlaybookFile[]): SearchIndex {
  const entries: SearchEntry[] = [];
  for (const f of files) {
    const visit = (value: unknown, path: string, loc: SearchLocation) => {
      if (typeof value === 'string') {
        const n = normalizeWithMap(value);
        entries.push({ playbookId: f.id, kind: f.kind, location: loc, path, text: value, ...n });
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

/**
 * Finds entries containing every whitespace-separated term of `query` (after
 * normalisation), in content order. An empty query finds nothing.
 */
export function search(index: SearchIndex, query: string, limit = 50): SearchResult[] {
  const terms = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  const out: SearchResult[] = [];
  for (const e of index.entries) {
    const ranges: [number, number][] = [];
    let all = true;
    for (const t of terms) {
      let i = e.norm.indexOf(t);
      if (i < 0) {
        all = false;
        break;
      }
      for (; i >= 0; i = e.norm.indexOf(t, i + t.length))
        ranges.push([e.starts[i], e.ends[i + t.length - 1]]);
    }
    if (!all) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    const { playbookId, kind, location, path, text } = e;
    out.push({
      playbookId,
      kind,
      location,
      path,
      text,
      start: ranges[0][0],
      end: ranges[0][1],
      ranges,
    });
    if (out.length >= limit) break;
  }
  return out;
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
