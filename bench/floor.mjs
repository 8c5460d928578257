// The physical floor: the guide's text (its sentences, tests/fixtures/guide) as one static HTML
// page (no JS, minimal CSS).
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const escape = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A short line without a full stop or a list mark reads as a heading in the extracted text. */
const isHeading = (line) =>
  line.length <= 40 && !/[。、]$/.test(line) && !/^[-・※]/.test(line) && !line.includes('\t');

/** Turns the guide text into one HTML page with a table of contents of anchors. */
export function guideToHtml(text) {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const [title = '手引き', ...rest] = lines;
  const toc = [];
  const body = rest.map((line) => {
    if (isHeading(line)) {
      const id = `s${toc.length + 1}`;
      toc.push(`<li><a href="#${id}">${escape(line)}</a></li>`);
      return `<h2 id="${id}">${escape(line)}</h2>`;
    }
    return `<p>${escape(line.replace(/\t/g, '：'))}</p>`;
  });
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font:16px/1.7 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem}a{display:inline-block;min-height:44px}</style>
</head><body>
<h1>${escape(title)}</h1>
<nav aria-label="目次"><ol>${toc.join('')}</ol></nav>
<main>${body.join('\n')}</main>
</body></html>
`;
}

/** Writes the floor page into a new temporary folder; returns the folder and the page. */
export async function writeFloor(guideDir) {
  const names = (await readdir(guideDir)).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) throw new Error(`bench: no guide text (*.txt) in ${guideDir}`);
  const text = (await Promise.all(names.map((n) => readFile(join(guideDir, n), 'utf8')))).join(
    '\n',
  );
  const dir = await mkdtemp(join(tmpdir(), 'bench-floor-'));
  const html = guideToHtml(text);
  await writeFile(join(dir, 'index.html'), html);
  return { dir, html };
}
