// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport } from './build';
import { chained, content, fullSnapshot, NOW } from './test-fixtures';

describe('the chain line of a record holding a control character', () => {
  // Typed or pasted text may hold one; the documents leave it out, the hash covers it.
  const timeline = chained(
    fullSnapshot.timeline.map((e) =>
      e.id === 'tl-2' ? { ...e, text: 'LANケーブルを\u0007抜いた', hash: undefined } : e,
    ),
  );
  const text = buildExport('summary-full', { ...fullSnapshot, timeline }, content, NOW).text;

  it('is checked on the entries as stored, so the chain holds', () => {
    expect(text).toMatch(/記録の検証値: [0-9a-f]{12}（2026\/11\/24\(火\) 11:00 までの 4件）/);
    expect(text).not.toContain('連続性が崩れています');
  });

  it('leaves the character out of the document', () => {
    expect(text).toContain('LANケーブルを抜いた');
    expect(text).not.toContain('\u0007');
  });
});
