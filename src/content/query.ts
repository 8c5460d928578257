/**
 * Turning what someone types into search terms: words split at spaces and at script
 * boundaries (Japanese is written without spaces), particles and endings in hiragana
 * dropped beside content words, and each word widened by the synonym table (data:
 * synonyms.json). Pure: no I/O, no DOM.
 */
import table from './synonyms.json';
import { normalizeForSearch } from './search-norm';

/** One word of a query and what it may match (itself or a synonym), normalised. */
export interface QueryTerm {
  word: string;
  alternatives: string[];
}

const SYNONYMS = new Map<string, string[]>(
  Object.entries(table as Record<string, string | string[]>)
    .filter(([k]) => !k.startsWith('_'))
    .map(([k, v]) => [normalizeForSearch(k), (v as string[]).map(normalizeForSearch)]),
);

// Runs of one script: kanji, hiragana, katakana (with ー), or Latin letters and digits
// with the marks of addresses (so an e-mail address stays one word).
const RUNS = /\p{Script=Han}+|\p{Script=Hiragana}+|[\p{Script=Katakana}ー]+|[\p{L}\p{N}@._:/-]+/gu;
const HIRAGANA = /^\p{Script=Hiragana}+$/u;

const term = (word: string): QueryTerm => ({
  word,
  alternatives: [...new Set([word, ...(SYNONYMS.get(word) ?? [])])],
});

/** The words of a query, each with its synonyms. Empty for a blank query. */
export function queryTerms(query: string): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (const chunk of normalizeForSearch(query).split(/\s+/).filter(Boolean)) {
    // A whole chunk in the table (なくした, usbメモリ) is one word.
    if (SYNONYMS.has(chunk)) {
      out.push(term(chunk));
      continue;
    }
    const runs = chunk.match(RUNS) ?? [];
    // Hiragana beside kanji or katakana is a particle or an ending (に, への, するには).
    const content = runs.filter((r) => !HIRAGANA.test(r) || SYNONYMS.has(r));
    for (const r of content.length ? content : runs) out.push(term(r));
  }
  const seen = new Set<string>();
  return out.filter((t) => !seen.has(t.word) && seen.add(t.word));
}

/** Overlapping pairs of characters: a long word the text never uses whole (情報漏えい対策). */
export function bigrams(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length < 3) return [word];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** How alike two words are, 0–1 (Dice coefficient over their bigrams). */
export function likeness(a: string, b: string): number {
  const pa = bigrams(a);
  const pb = new Set(bigrams(b));
  if (!pa.length || !pb.size) return 0;
  const shared = pa.filter((p) => pb.has(p)).length;
  return (2 * shared) / (pa.length + pb.size);
}
