/**
 * Node-side reading of playbooks/: parse every YAML file and validate it, alone and
 * together with the others. Used by the Vite plugin and by tests; never by the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { collectRenderings, stripRenderings } from './renderings';
import {
  ContentError,
  validateContent,
  validateFile,
  type AnyPlaybookFile,
  type NamedFile,
} from './validate';

/** Parses YAML text; a syntax error becomes a ContentError naming the file and line. */
export function parseYaml(file: string, text: string): unknown {
  try {
    return parse(text, { uniqueKeys: true, prettyErrors: true });
  } catch (e) {
    const err = e as { message: string; linePos?: { line: number; col: number }[] };
    const pos = err.linePos?.[0];
    throw new ContentError(file, pos ? `line ${pos.line}, column ${pos.col}` : '', err.message);
  }
}

/** Reads one file: parse and schema check. `name` is how errors refer to it. */
export function readPlaybookFile(path: string, name = path): AnyPlaybookFile {
  return readSource(path, name).data;
}

/** One file as read: its name, its checked data (Japanese only) and the parsed YAML. */
export interface PlaybookSource extends NamedFile<AnyPlaybookFile> {
  /** The YAML as parsed, renderings included. */
  raw: unknown;
}

function readSource(path: string, name: string): PlaybookSource {
  const raw = parseYaml(name, readFileSync(path, 'utf8'));
  // The schema turns renderings into their Japanese text; files of external kinds pass
  // through it as they are, so theirs are stripped here (before their own validators).
  return { file: name, raw, data: stripRenderings(validateFile(name, raw)) };
}

/**
 * Reads and validates every *.yaml of `dir` (sorted by name), then the cross-file rules and
 * the renderings. File names in errors are relative to `root` (default: the current directory).
 */
export function readPlaybooksDir(dir: string, root = process.cwd()): PlaybookSource[] {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return readSource(path, relative(root, path).split('\\').join('/'));
    });
  validateContent(files);
  // Every sentence of the guide carries its English and やさしい日本語 rendering.
  const [missing] = collectRenderings(files).unrendered;
  if (missing)
    throw new ContentError(
      missing.file,
      missing.path,
      'no rendering: write it as { ja, en, easy } (npm run renderings lists them all)',
    );
  return files;
}
