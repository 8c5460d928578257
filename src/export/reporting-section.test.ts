// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_KINDS } from './build';
import { content, fullSnapshot } from './test-fixtures';
import { REPORTING_HEADING } from './reporting-section';
import { SHORT_LIMIT } from './summary-text';
import type { IncidentSnapshot } from './types';
import { reportingOutline } from '../features/reporting/outline';

const NOW = '2026-11-26T00:00:00Z'; // 2026-11-26 09:00 JST
const withRules = { ...content, reportingOutline };

const row = (key: string, value: string, extra: object = {}) => ({
  incidentId: fullSnapshot.incident.id,
  key,
  value,
  updatedAt: '2026-11-24T01:00:00Z',
  ...extra,
});

/** The ransomware incident with personal data of 50 customers, nothing recorded in the timeline. */
const snap = (extra: IncidentSnapshot['reporting'] = []): IncidentSnapshot => ({
  ...fullSnapshot,
  timeline: fullSnapshot.timeline.filter((t) => t.kind !== 'reporting'),
  reporting: [row('q:personal', 'yes'), row('q:count', 'up-to-100'), ...extra],
});

describe('「報告・届出と期限」 in every export', () => {
  // The 削除依頼 is a short e-mail to the person who received the mail by mistake: it
  // carries no internal notes.
  const kinds = EXPORT_KINDS.map((k) => k.kind).filter((k) => k !== 'deletion-request');
  it('the 削除依頼 e-mail has no internal section', () => {
    const text = buildExport('deletion-request', snap(), withRules, NOW).text;
    expect(text).toContain('削除');
    expect(text).not.toContain(REPORTING_HEADING);
  });
  it.each(kinds)('%s has the live section', (kind) => {
    const text = buildExport(kind, snap(), withRules, NOW).text;
    expect(text).toContain(REPORTING_HEADING);
    expect(text).toContain('個人情報保護委員会への報告');
    // The nearest deadline with date, weekday and days left (discovered 2026-11-24 JST).
    expect(text).toMatch(
      /次の期限(\*\*)?: 個人情報保護委員会への報告 速報 2026年11月26日（木）まで（今日まで/,
    );
  });

  it('follows the statuses as they are now, without a recorded decision', () => {
    const before = buildExport('summary-full', snap(), withRules, NOW).text;
    expect(before).toMatch(
      /速報（2026年11月26日（木）まで・ガイドラインの目安（法令上の期限ではありません））［未対応］/,
    );
    expect(before).toMatch(/確報（2027年1月22日（金）まで・法令上の期限）［未対応］/);
    const done = snap([
      row('d:rep-ppc:rep-ppc-prompt', '', { status: 'done', doneAt: '2026-11-25' }),
    ]);
    const after = buildExport('summary-full', done, withRules, NOW).text;
    expect(after).toMatch(/速報（[^］]+）［対応済み］/);
    expect(after).toMatch(
      /次の期限: 個人情報保護委員会への報告 確報 2027年1月22日（金）まで（あと 57 日/,
    );
  });

  it('names what is still open and the questions that decide it', () => {
    const open: IncidentSnapshot = { ...snap(), reporting: [] };
    const text = buildExport('summary-full', open, withRules, NOW).text;
    expect(text).toMatch(/報告・届出の確認がまだです/);
    expect(text).toMatch(
      /答えると決まります:\n(・.+\n)*・個人情報保護委員会への報告（速報・確報）: 決め手の質問: 個人情報/,
    );
  });

  it('keeps the short summary short, and marks the section in letters as internal', () => {
    const short = buildExport('summary-short', snap(), withRules, NOW).text;
    expect(short.length).toBeLessThanOrEqual(SHORT_LIMIT);
    expect(short).toMatch(/必要: 個人情報保護委員会への報告（速報・確報）/);
    for (const kind of ['first-report', 'later-report'] as const) {
      const letter = buildExport(kind, snap(), withRules, NOW).text;
      const cut = letter.indexOf('ここから下は社内用のメモです');
      expect(cut).toBeGreaterThan(0);
      expect(letter.indexOf(REPORTING_HEADING)).toBeGreaterThan(cut);
    }
  });

  it('escapes nothing it needs not, and the Markdown has its own heading', () => {
    const md = buildExport('markdown', snap(), withRules, NOW).text;
    expect(md).toContain(`## ${REPORTING_HEADING}`);
    expect(md).toMatch(/- \*\*個人情報保護委員会への報告（速報・確報）\*\*: /);
  });

  it('has no section when no rules are passed in', () => {
    expect(buildExport('summary-full', snap(), content, NOW).text).not.toContain(REPORTING_HEADING);
  });
});
