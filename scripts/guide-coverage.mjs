#!/usr/bin/env node
// Checks that playbooks/ carries every sentence of the guide (tests/fixtures/guide/sentences.txt).
//
//   node scripts/guide-coverage.mjs [PLAYBOOK_DIR] [--sentences FILE]
//
// A sentence counts as carried when nearly all (90 %) of its four-character pieces, after
// NFKC, lower case and dropping spaces, punctuation and symbols, stand in one displayed Japanese
// string of the playbook YAML (or a few in a row). A fixed typo or a sentence split across two
// checklist items still counts; a sentence left out does not, even when sources, notes or
// other languages quote words of it. Exit 0 when every sentence is carried; the last line is the figure.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
/** Share of a sentence's pieces that must be found. */
export const THRESHOLD = 0.9;
const PIECE = 4;

/** The comparable form of a text: NFKC, lower case, letters and digits only. */
export const comparable = (text) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');

/** Fields that never carry the guide's text: sources and dates of facts added beyond it,
 * maintainers' notes, renderings in other languages, ids and kinds. */
const NOT_GUIDE = new Set(['source', 'asOf', 'note', 'en', 'easy', 'id', 'kind', 'sameAs']);

/** The displayed Japanese strings of a parsed YAML document, in document order; a field's name
 * goes with its text, as the guide prints some lines as a label and a value (URL: …, Mail: …). */
function stringsOf(value, into = [], name = '') {
  if (typeof value === 'string') into.push(name && name !== 'ja' ? `${name} ${value}` : value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into, name);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      if (!NOT_GUIDE.has(k)) stringsOf(v, into, k === 'ja' ? name : k);
  return into;
}

/** The playbooks' displayed strings, each made comparable (drill scenarios are not guidance). */
function playbookTexts(dir) {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .flatMap((name) => stringsOf(parse(readFileSync(join(dir, name), 'utf8'))))
    .map(comparable);
}

/** The four-character pieces of a comparable text. */
function piecesOf(text) {
  const out = new Set();
  for (let i = 0; i + PIECE <= text.length; i++) out.add(text.slice(i, i + PIECE));
  return out;
}

/** How many strings in a row a sentence may be spread over (a sentence split into items). */
const SPAN = 3;

/** Which of the guide's sentences the playbooks carry: a sentence counts when nearly all of
 * its pieces stand in one string, or in a few strings in a row. */
export function guideCoverage({
  playbooks = join(repo, 'playbooks'),
  sentences = join(repo, 'tests/fixtures/guide/sentences.txt'),
} = {}) {
  const texts = playbookTexts(playbooks);
  const windows = [];
  for (let i = 0; i < texts.length; i++)
    for (let k = 1; k <= SPAN && i + k <= texts.length; k++) {
      const joined = texts.slice(i, i + k).join('');
      windows.push({ joined, pieces: piecesOf(joined) });
    }
  const reference = readFileSync(sentences, 'utf8')
    .split('\n')
    .filter((s) => s.trim());
  const missing = [];
  for (const sentence of reference) {
    const c = comparable(sentence);
    const own = [...piecesOf(c)];
    let share = 0;
    for (const w of windows) {
      const s =
        c.length < PIECE
          ? Number(w.joined.includes(c))
          : own.filter((p) => w.pieces.has(p)).length / own.length;
      if (s > share) share = s;
      if (share === 1) break;
    }
    if (share < THRESHOLD) missing.push({ sentence, share });
  }
  return { total: reference.length, carried: reference.length - missing.length, missing };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--sentences');
  const sentences = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const r = guideCoverage({ playbooks: args[0] ? resolve(args[0]) : undefined, sentences });
  for (const m of r.missing) console.log(`missing (${Math.round(m.share * 100)}%): ${m.sentence}`);
  console.log(
    `guide coverage: ${r.carried}/${r.total} sentences (${((r.carried / r.total) * 100).toFixed(1)}%)`,
  );
  process.exit(r.missing.length ? 1 : 0);
}
