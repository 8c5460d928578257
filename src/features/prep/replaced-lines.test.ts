import { describe, expect, it } from 'vitest';
import { replacedLines, replacedPart } from './replaced-lines';
import { BLANK_SYSTEMS } from './SystemsForm';
import { READINESS_ITEMS } from './checks';

describe('a replaced 備え record in the forms’ words', () => {
  it('システムと情報: filled values only, yes / no as the select says them', () => {
    const record = { ...BLANK_SYSTEMS, backups: 'NAS', cardData: 'no' as const, updatedAt: 't' };
    expect(replacedPart(record)).toBe('システムと情報');
    expect(replacedLines(record)).toEqual([
      ['クレジットカード情報を持っているか', 'なし'],
      ['バックアップの場所', 'NAS'],
    ]);
  });

  it('備えの点検: each answered point with its answer', () => {
    const first = READINESS_ITEMS[0]!;
    const record = {
      id: 'check' as const,
      kind: 'check' as const,
      answers: { [first.id]: 'yes' as const },
      reviewedAt: '',
      updatedAt: 't',
    };
    expect(replacedPart(record)).toBe('備えの点検');
    expect(replacedLines(record)).toEqual([[first.text, 'できている']]);
  });
});
