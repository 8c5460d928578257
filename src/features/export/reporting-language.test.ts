import { describe, expect, it } from 'vitest';
import { content, fullSnapshot } from '../../export/test-fixtures';
import type { ExportKind, IncidentSnapshot } from '../../export/types';
import type { Language } from '../../i18n/languages';
import { builtExport } from './built-export';
import { renderingsFor } from './export-builder';

const NOW = '2026-11-26T00:00:00Z'; // 2026-11-26 09:00 JST, discovered 2026-11-24 JST

const row = (key: string, value: string, extra: object = {}) => ({
  incidentId: fullSnapshot.incident.id,
  key,
  value,
  updatedAt: '2026-11-24T01:00:00Z',
  ...extra,
});

/** Personal data of 50 customers; the police report done; nothing recorded in the timeline. */
const snap: IncidentSnapshot = {
  ...fullSnapshot,
  timeline: fullSnapshot.timeline.filter((t) => t.kind !== 'reporting'),
  reporting: [
    row('q:personal', 'yes'),
    row('q:count', 'up-to-100'),
    row('d:rep-police', '', { status: 'done', doneAt: '2026-11-25' }),
  ],
};
/** Nothing answered yet: every destination is still open. */
const unanswered: IncidentSnapshot = { ...snap, reporting: [] };

async function built(kind: ExportKind, language: Language, s = snap): Promise<string> {
  const renderings = (await renderingsFor(kind, language)) ?? null;
  return (await builtExport(kind, s, content, NOW, { language }, renderings)).doc.text;
}

/** The reporting section of a plain-text summary (from its heading to the next blank line). */
const section = (text: string, heading: string) => {
  const start = text.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n\n', start);
  return text.slice(start, end < 0 ? undefined : end);
};

/** Japanese script left outside brackets (English keeps the Japanese term beside it). */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const japaneseLeft = (text: string) =>
  text.split('\n').filter((l) => JAPANESE.test(l.replace(/\([^()]*\)|「[^」]*」/g, '')));

describe('「報告・届出と期限」 of a summary in English', () => {
  it('writes the deadlines, their basis and status marks in English', async () => {
    const text = section(
      await built('summary-full', 'en'),
      'Reports and notifications, with deadlines',
    );
    expect(text).toContain(
      'Next deadline: Report to the Personal Information Protection Commission (個人情報保護委員会), prompt report (速報): by Thu 26 Nov 2026 (due today; Guideline target (not a legal deadline))',
    );
    expect(text).toMatch(/prompt report \(速報\) \(by Thu 26 Nov 2026; [^)]+\)\) \[Not done\]/);
    expect(text).toMatch(/\[Done\]/);
    expect(text).not.toMatch(/［|］|未対応|対応済み|まで|法令上の期限|報告不要/);
    expect(japaneseLeft(text)).toEqual([]);
  });

  it('names the deciding questions in English, in every format', async () => {
    const full = section(
      await built('summary-full', 'en', unanswered),
      'Reports and notifications',
    );
    expect(full).toMatch(
      /Decided by your answers:\n(- .+\n)*- .+: Deciding questions: personal information/,
    );
    expect(full).toContain('(may not be needed, depending on your answers)');
    expect(full).not.toMatch(/決め手の質問|答えによっては/);
    expect(japaneseLeft(full)).toEqual([]);
    const md = await built('markdown', 'en', unanswered);
    expect(md).toMatch(
      /- \*\*Report to the Personal Information Protection Commission .+\*\*: Deciding questions: /,
    );
    expect(md).not.toMatch(/決め手の質問|［未対応］|まで（/);
    const short = await built('summary-short', 'en');
    expect(short).toMatch(/^Required: .*Report to the Personal Information Protection Commission/m);
    const handover = await built('handover', 'en');
    expect(handover).toContain('Next deadline: Report to the Personal Information Protection');
    expect(handover).not.toContain('［未対応］');
  });

  it('in やさしい日本語, with its own words', async () => {
    const text = await built('summary-full', 'ja-easy');
    expect(text).toMatch(/［まだです］/);
    expect(text).toMatch(/［しました］/);
    expect(text).not.toMatch(/［未対応］|［対応済み］/);
    const open = await built('summary-full', 'ja-easy', unanswered);
    expect(open).toContain('決めるための質問: ');
    expect(open).not.toContain('決め手の質問');
  });

  it('leaves the Japanese summary and the drafts for Japanese authorities as they were', async () => {
    const ja = await built('summary-full', 'ja');
    expect(ja).toMatch(
      /速報（2026年11月26日（木）まで・ガイドラインの目安（法令上の期限ではありません））［未対応］/,
    );
    for (const kind of ['first-report', 'later-report', 'ppc'] as const) {
      const asked = await built(kind, 'en');
      expect(asked).toBe(await built(kind, 'ja'));
      if (kind !== 'ppc') expect(asked).toContain('［未対応］');
    }
  });
});
