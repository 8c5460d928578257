// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_KINDS } from './build';
import { DRILL_LINE } from './drill-mark';
import { content, fullSnapshot, NOW } from './test-fixtures';

const drill = { ...fullSnapshot, incident: { ...fullSnapshot.incident, drill: 'lost-usb' } };

describe('exports of a drill', () => {
  it.each(EXPORT_KINDS.map((k) => k.kind))(
    '%s says 訓練 at the top, the bottom and in the file name',
    (kind) => {
      const doc = buildExport(kind, drill, content, NOW);
      expect(doc.text.startsWith(DRILL_LINE)).toBe(true);
      expect(doc.text.trimEnd().endsWith(DRILL_LINE)).toBe(true);
      expect(doc.filename).toMatch(/^訓練_/);
    },
  );

  it('leaves a real incident unmarked', () => {
    for (const { kind } of EXPORT_KINDS) {
      const doc = buildExport(kind, fullSnapshot, content, NOW);
      expect(doc.text).not.toContain('訓練');
      expect(doc.filename).not.toMatch(/^訓練/);
    }
  });
});
