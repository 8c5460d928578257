#!/usr/bin/env node
// Checks that playbooks/ carries every sentence of the guide (tests/fixtures/guide/sentences.txt).
//
//   node scripts/guide-coverage.mjs [PLAYBOOK_DIR] [--sentences FILE]
//
// A sentence counts as carried when nearly all (90 %) of its four-character pieces, after
// NFKC, lower case and dropping spaces, punctuation and symbols, appear in the strings of the
// playbook YAML. A fixed typo or a sentence split across two checklist items still counts;
// a sentence left out does not. Exit 0 when every sentence is carried; the last line is the figure.
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

/** Every string inside a parsed YAML document; a field's name goes with its text, as the guide
 * prints some lines as a label and a value (URL: …, Mail: …). */
function stringsOf(value, into = [], name = '') {
  if (typeof value === 'string') into.push(name ? `${name} ${value}` : value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) stringsOf(v, into, k);
  return into;
}

/** The strings of every YAML file below a folder, each made comparable. */
function playbookTexts(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => /\.ya?ml$/.test(name))
    .flatMap((name) => stringsOf(parse(readFileSync(join(dir, name), 'utf8'))))
    .map(comparable);
}

/** Which of the guide's sentences the playbooks carry. */
export function guideCoverage({
  playbooks = join(repo, 'playbooks'),
  sentences = join(repo, 'tests/fixtures/guide/sentences.txt'),
} = {}) {
  const texts = playbookTexts(playbooks);
  const pieces = new Set();
  for (const t of texts)
    for (let i = 0; i + PIECE <= t.length; i++) pieces.add(t.slice(i, i + PIECE));
  const joined = texts.join('\n');
  const reference = readFileSync(sentences, 'utf8')
    .split('\n')
    .filter((s) => s.trim());
  const missing = [];
  for (const sentence of reference) {
    const c = comparable(sentence);
    let share;
    if (c.length < PIECE) share = joined.includes(c) ? 1 : 0;
    else {
      let found = 0;
      for (let i = 0; i + PIECE <= c.length; i++) if (pieces.has(c.slice(i, i + PIECE))) found++;
      share = found / (c.length - PIECE + 1);
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
