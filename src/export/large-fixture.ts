// A large incident for the export's speed and sameness checks (not shipped: tests and the
// micro-bench import it).
import type { TimelineEntry } from '../storage/schema';
import { chained, fullSnapshot } from './test-fixtures';
import type { IncidentSnapshot } from './types';

const KINDS: TimelineEntry['kind'][] = ['note', 'note', 'reporting', 'note', 'correction'];

/** The full incident with `count` chained timeline entries (every fifth a correction). */
export function largeSnapshot(count: number): IncidentSnapshot {
  const start = Date.parse('2026-11-24T00:30:00Z');
  const entries: TimelineEntry[] = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length]!;
    // Written in order, some dated earlier than written (things that happened before).
    const createdAt = new Date(start + i * 61_000).toISOString();
    // Every tenth shares its time with the one before (ordered by when it was written).
    const shift = i % 10 === 5 ? 61_000 : 0;
    const at = new Date(start + i * 61_000 - shift - (i % 7) * 45_000).toISOString();
    entries.push({
      id: `tl-${String(i).padStart(5, '0')}`,
      incidentId: fullSnapshot.incident.id,
      at,
      createdAt,
      kind: i === 0 ? 'created' : kind,
      text: `記録 ${i}: ファイルサーバーのログを確認した。\n<b>*重要*</b> 担当者に連絡 #${i}`,
      by: i % 3 ? '山田' : '佐藤',
      ...(kind === 'correction' && i > 0 && { corrects: `tl-${String(i - 1).padStart(5, '0')}` }),
    });
  }
  // Stored order is by id, not by time (as IndexedDB returns them).
  return { ...fullSnapshot, timeline: chained(entries).reverse() };
}
