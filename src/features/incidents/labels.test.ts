import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '../../content/catalog';
import { home } from '../../i18n/ja/home';
import { incidents } from '../../i18n/ja/incidents';
import { STATUS_LABELS, typesLabel } from './labels';

const m = incidents.ja;

describe("the incidents' Japanese labels", () => {
  it('name the statuses as the timeline does', () => {
    expect(m.status).toEqual(STATUS_LABELS);
  });

  it("make the same types label from home's catalogue as the records' own words", () => {
    const words = { ...home.ja, unknown: home.ja.unsure };
    for (const [types, causes] of [
      [[], []],
      [['ransomware'], []],
      [
        ['ransomware', 'leak'],
        ['misdelivery', 'loss'],
      ],
      [['leak', 'outage'], ['insider']],
    ] as const)
      expect(typesLabel(types, causes, words)).toBe(typesLabel(types, causes));
    expect(typesLabel(['ransomware', 'leak'], ['misdelivery', 'loss'])).toBe(
      'ランサムウェア、情報漏えい（メール誤送信・Web誤公開・紛失・置忘れ）',
    );
    expect(typesLabel([])).toBe('まだわからない');
  });

  it('name every type in the picker, ransomware as an infection', () => {
    for (const t of INCIDENT_TYPES)
      expect((m.pickTypes as Record<string, string>)[t.id]).toBe(
        t.id === 'ransomware' ? 'ランサムウェア感染' : t.shortTitle,
      );
  });
});
