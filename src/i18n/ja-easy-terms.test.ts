import { describe, expect, it } from 'vitest';
import type { Catalogue } from './namespace';
import { INCIDENT_TYPES } from '../content/catalog';
import guide from './ja-easy/guide';
import guideDoc from './ja-easy/guide-doc';
import homeTriage from './ja-easy/home-triage';
import prep from './ja-easy/prep';
import prepCard from './ja-easy/prep-card';
import settings from './ja-easy/settings';
import drillsDebrief from './ja-easy/drills-debrief';

const files = import.meta.glob<{ default: Catalogue }>('./ja-easy/*.ts', { eager: true });

/** Every text of a catalogue with where it is (a function is called with 1 for each parameter). */
function texts(catalogue: Catalogue, at: string): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] => {
    const where = `${at}.${key}`;
    if (typeof value === 'string') return [[where, value]];
    if (typeof value === 'function')
      return [[where, (value as (...a: unknown[]) => string)(...Array(value.length).fill(1))]];
    return texts(value as Catalogue, where);
  });
}

const all = Object.entries(files).flatMap(([path, mod]) =>
  texts(mod.default, path.replace(/^.*\/|\.ts$/g, '')),
);

/** Words that name, in やさしい日本語, something already named otherwise; and where they may stay. */
const VARIANTS: { word: RegExp; use: string; except?: string[] }[] = [
  { word: /平時の備え|備え/, use: 'ふだんの準備' },
  { word: /点検/, use: '準備のチェック' },
  // The guide's own title (a name) keeps its kanji.
  {
    word: /手引き/,
    use: 'てびき',
    except: ['guide-doc.source', 'prep-card.sources.ipa-security-consultation'],
  },
  { word: /基本ステップ/, use: 'はじめの手順' },
  // The backup's passphrase (the team's 合言葉 is another thing, named on its own screen).
  { word: /パスフレーズ|かぎのことば/, use: 'あいことば（パスワード）' },
];

describe('やさしい日本語 names each thing one way', () => {
  it('reads every catalogue', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  for (const { word, use, except = [] } of VARIANTS)
    it(`says 「${use}」, never ${word}`, () => {
      const found = all.filter(([where, text]) => word.test(text) && !except.includes(where));
      expect(found).toEqual([]);
    });

  it('the incident types: the guide, its parts, the card and the triage', () => {
    const names = guide.playbooks as Record<string, string>;
    const parts = guideDoc.parts as Record<string, string>;
    const card = prepCard.types as Record<string, string>;
    const steps = homeTriage.steps as Record<string, string>;
    for (const { id } of INCIDENT_TYPES) {
      expect(names[id], id).toMatch(/たとき$/);
      expect(parts[id], id).toBe(names[id]);
      expect(card[id], id).toBe(names[id]);
      expect(steps[id], id).toBe(`${names[id]}の手順`);
    }
    expect(steps.basic).toBe(guide.playbooks.basic);
  });

  it('the parts of ふだんの準備: settings and the drills review use their names', () => {
    for (const name of Object.values(prep.parts)) expect(settings.prepText).toContain(name);
    expect(settings.prepTitle).toBe(prep.title);
    expect(drillsDebrief.prepCheck('x')).toContain(prep.parts.check);
  });
});
