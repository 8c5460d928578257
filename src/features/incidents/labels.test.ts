import { describe, expect, it } from 'vitest';
import { INCIDENT_TYPES } from '../../content/catalog';
import { home } from '../../i18n/ja/home';
import { incidents } from '../../i18n/ja/incidents';
import { sinceLabel } from '../../lib/jst';
import { STATUS_LABELS, sinceParts, typesLabel } from './labels';

const m = incidents.ja;

describe("the incidents' Japanese labels", () => {
  it('name the statuses as the timeline does', () => {
    expect(m.status).toEqual(STATUS_LABELS);
  });

  it("make the same types label from the catalogues as the records' own words", () => {
    const words = {
      types: home.ja.types,
      causes: home.ja.causes,
      unknown: m.typesUnknown,
      typeSeparator: m.typeSeparator,
      causeSeparator: m.causeSeparator,
      typeWithCauses: m.typeWithCauses,
    };
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
  });

  it('name every type in the picker, ransomware as an infection', () => {
    for (const t of INCIDENT_TYPES)
      expect((m.pickTypes as Record<string, string>)[t.id]).toBe(
        t.id === 'ransomware' ? 'ランサムウェア感染' : t.shortTitle,
      );
  });

  it('say the time since discovery as src/lib/jst.ts does', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');
    const says = { justNow: () => m.sinceJustNow, minutes: m.sinceMinutes, hours: m.sinceHours };
    for (const minutes of [0, 0.5, 1, 59, 60, 61, 47 * 60 + 59, 48 * 60, 30 * 24 * 60]) {
      const iso = new Date(now - minutes * 60_000).toISOString();
      const { unit, n } = sinceParts(iso, now);
      const text = unit === 'days' ? m.sinceDays(n) : says[unit](n);
      expect(text, `${minutes} min`).toBe(sinceLabel(iso, now));
    }
  });
});
