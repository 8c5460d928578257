import { describe, it, expect } from 'vitest';
import type { Catalogue, Messages, Namespace } from './namespace';
import type { home } from './ja/home';
import { INCIDENT_TYPES } from '../content/catalog';

type Module = Record<string, unknown>;
const ja = import.meta.glob<Module>('./ja/*.ts', { eager: true });
const others = {
  en: import.meta.glob<{ default: Catalogue }>('./en/*.ts', { eager: true }),
  'ja-easy': import.meta.glob<{ default: Catalogue }>('./ja-easy/*.ts', { eager: true }),
};

/** Every namespace of ja/: its file name and its declaration. */
const namespaces = Object.entries(ja).map(([path, mod]) => {
  const file = path.replace(/^.*\/|\.ts$/g, '');
  const ns = Object.values(mod).find((v): v is Namespace => !!v && typeof v === 'object');
  return { file, ns: ns! };
});

/** The differences between a catalogue and its Japanese source, as readable lines. */
function differences(source: Catalogue, other: Catalogue, at = ''): string[] {
  const out: string[] = [];
  for (const [key, want] of Object.entries(source)) {
    const got = (other as Record<string, unknown>)[key];
    const where = `${at}${key}`;
    if (got === undefined) out.push(`${where}: missing`);
    else if (typeof want === 'function') {
      if (typeof got !== 'function') out.push(`${where}: must be a function`);
      else if (got.length !== want.length)
        out.push(`${where}: takes ${got.length} parameters, not ${want.length}`);
      else if (!(got as (...a: unknown[]) => string)(...Array(want.length).fill(1)).trim())
        out.push(`${where}: empty`);
    } else if (typeof want === 'object') {
      if (!got || typeof got !== 'object') out.push(`${where}: must be a group`);
      else out.push(...differences(want as Catalogue, got as Catalogue, `${where}.`));
    } else if (typeof got !== 'string') out.push(`${where}: must be a text`);
    else if (!got.trim()) out.push(`${where}: empty`);
  }
  for (const key of Object.keys(other))
    if (!(key in source)) out.push(`${at}${key}: not in the Japanese catalogue`);
  return out;
}

describe('message catalogues', () => {
  it('every ja/ file declares a namespace named as the file', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    for (const { file, ns } of namespaces) expect(ns?.name, file).toBe(file);
  });

  for (const [language, files] of Object.entries(others))
    it(`${language} has every key of ja, none empty, functions with the same parameters`, () => {
      const problems = namespaces.flatMap(({ file, ns }) => {
        const own = files[`./${language}/${file}.ts`]?.default;
        if (!own) return [`${language}/${file}.ts: missing`];
        return differences(ns.ja, own).map((d) => `${language}/${file}.ts: ${d}`);
      });
      const strays = Object.keys(files).filter(
        (p) => !namespaces.some(({ file }) => p.endsWith(`/${file}.ts`)),
      );
      expect([...problems, ...strays.map((s) => `${s}: no Japanese source`)]).toEqual([]);
    });

  it('finds what is missing, extra, empty or of another arity', () => {
    const source = { a: 'あ', n: (n: number) => `${n}件`, g: { x: 'え' } };
    expect(differences(source, { a: '', n: () => 'items', g: {}, z: 'z' })).toEqual([
      'a: empty',
      'n: takes 0 parameters, not 1',
      'g.x: missing',
      'z: not in the Japanese catalogue',
    ]);
  });

  it('a catalogue lacking a key does not typecheck', () => {
    // @ts-expect-error `title` and the rest are missing (tsc fails when this compiles)
    const incomplete: Messages<typeof home> = { intro: 'Choose.' };
    expect(incomplete.intro).toBe('Choose.');
  });

  it('the triage names the steps of every incident type and leak cause', async () => {
    const { homeTriage } = await import('./ja/home-triage');
    const steps = homeTriage.ja.steps as Record<string, string>;
    const causeSteps = homeTriage.ja.causeSteps as Record<string, string>;
    for (const t of INCIDENT_TYPES) {
      expect(steps[t.id], t.id).toBe(`${t.shortTitle}の手順`);
      for (const c of t.causes ?? [])
        expect(causeSteps[c.id], c.id).toBe(`${t.shortTitle}（${c.title}）の手順`);
    }
  });

  it("home's type and cause names are catalog.ts's short titles", async () => {
    const { home } = await import('./ja/home');
    for (const t of INCIDENT_TYPES) {
      expect((home.ja.types as Record<string, string>)[t.id]).toBe(t.shortTitle);
      for (const c of t.causes ?? [])
        expect((home.ja.causes as Record<string, string>)[c.id]).toBe(c.title);
    }
  });
});
