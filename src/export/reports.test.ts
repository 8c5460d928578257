// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport } from './build';
import { content, fullSnapshot, NOW } from './test-fixtures';
import type { IncidentSnapshot } from './types';

const entry = (id: string, at: string, text: string, extra: object = {}) => ({
  id,
  incidentId: fullSnapshot.incident.id,
  at,
  createdAt: at,
  kind: 'reporting' as const,
  text,
  by: '山田',
  ...extra,
});

describe('PPC draft: reporting decisions', () => {
  it('quotes only the latest decision that was not corrected, not status changes', () => {
    const snap: IncidentSnapshot = {
      ...fullSnapshot,
      timeline: [
        ...fullSnapshot.timeline,
        entry('r-1', '2026-11-24T02:00:00Z', '報告・届出の判断\n必要：古い判断'),
        entry('r-2', '2026-11-24T03:00:00Z', '報告・届出の判断\n必要：最新の判断'),
        entry('r-3', '2026-11-24T04:00:00Z', '報告・届出の判断\n必要：訂正された判断'),
        {
          ...entry('r-4', '2026-11-24T05:00:00Z', '判断を取り消します'),
          kind: 'correction' as const,
          corrects: 'r-3',
        },
        entry(
          'r-5',
          '2026-11-24T06:00:00Z',
          '報告・届出「個人情報保護委員会」の速報を対応済みにしました',
        ),
      ],
    };
    const text = buildExport('ppc', snap, content, NOW).text;
    expect(text).toContain('必要：最新の判断');
    expect(text).not.toContain('必要：古い判断');
    expect(text).not.toContain('必要：訂正された判断');
    expect(text).not.toContain('IPAへの届出が必要と判断');
    expect(text).not.toContain('速報を対応済みにしました');
  });
});
