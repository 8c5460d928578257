import { describe, expect, it } from 'vitest';
import { buildExport } from './build';
import { chainHeadLine, shortHash } from './chain-head';
import { content, fullSnapshot } from './test-fixtures';
import type { ExportKind } from './types';

const head = fullSnapshot.timeline.find((e) => e.seq === 4)!;
const NOW = '2026-11-25T03:15:00Z';

describe('the chain head in the exports', () => {
  it('is the short hash and time of the last entry written', () => {
    expect(shortHash(head.hash!)).toHaveLength(12);
    expect(chainHeadLine(fullSnapshot.timeline)).toBe(
      `記録の検証値: ${head.hash!.slice(0, 12)}（2026/11/24(火) 11:00 までの 4件）`,
    );
  });

  it('is printed in 第一報, 最終報, 引継ぎ and the summaries', () => {
    const kinds: ExportKind[] = [
      'first-report',
      'later-report',
      'handover',
      'summary-short',
      'summary-full',
      'markdown',
    ];
    for (const kind of kinds) {
      expect(buildExport(kind, fullSnapshot, content, NOW).text).toContain(head.hash!.slice(0, 12));
    }
  });

  it('says plainly where the chain breaks instead of a head', () => {
    const tampered = fullSnapshot.timeline.map((e) =>
      e.id === 'tl-2' ? { ...e, text: 'LANケーブルは抜いていない' } : e,
    );
    const line = chainHeadLine(tampered);
    expect(line).toContain('連続性が崩れています');
    expect(line).toContain('2026/11/24(火) 09:51 に書かれた記録「LANケーブルは抜いていない」');
    expect(line).toContain('書かれたあとに変更されています');
    expect(line).not.toContain(head.hash!.slice(0, 12));
  });
});
