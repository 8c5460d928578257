// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_KINDS } from './build';
import { content, fullSnapshot, NOW } from './test-fixtures';
import type { ExportKind } from './types';

const inEnglish = (kind: ExportKind, snap = fullSnapshot) =>
  buildExport(kind, snap, content, NOW, { language: 'en' });
/** Lines with Japanese script that the person did not type (the record's text is hers). */
const HER_TEXT = [
  '経理PCのランサムウェア感染',
  '経理PCの画面に身代金を要求するメッセージが表示された。',
  'ファイルが開けない。',
  'VPN機器の脆弱性を悪用された可能性',
  'LANケーブルを抜いた',
];

describe('a summary in English', () => {
  const full = inEnglish('summary-full');

  it('has English headings and labels, dates with English weekdays', () => {
    expect(full.language).toBe('en');
    expect(full.text).toContain('[Incident summary] 経理PCのランサムウェア感染');
    expect(full.text).toContain('Status: In progress');
    expect(full.text).toContain('Discovered: 2026/11/24 (Tue) 09:30');
    expect(full.text).toContain('Time elapsed: 1 d 2 h since discovery');
    expect(full.text).toContain('■ Checklist progress');
    expect(full.text).toContain('■ Timeline');
    expect(full.text).toContain('(corrected later) LANケーブルを抜いた');
    expect(full.text).toMatch(/Record check value: [0-9a-f]{12} \(4 entries up to /);
    expect(full.text).not.toContain('作成日時');
    expect(full.text).not.toMatch(/^(状況|発覚日時):/m);
    expect(full.filename).toMatch(/^summary_full_経理PCのランサムウェア感染_2026-11-25\.txt$/);
  });

  it('keeps what she typed exactly as typed', () => {
    for (const typed of HER_TEXT) expect(full.text).toContain(typed);
    expect(full.text).toContain('表示された。\n  ファイルが開けない。');
  });

  it('short and Markdown summaries and 引継ぎ follow the language too', () => {
    const short = inEnglish('summary-short').text;
    expect(short).toContain('What happened: 経理PCの画面に');
    expect(short).toMatch(/^Made: .* JST$/m);
    const md = inEnglish('markdown');
    expect(md.text).toContain('# Incident summary: 経理PCのランサムウェア感染');
    expect(md.text).toContain('## What to keep on record');
    expect(md.filename.startsWith('summary_')).toBe(true);
    const handover = inEnglish('handover').text;
    expect(handover).toContain('[Handover] 経理PCのランサムウェア感染');
    expect(handover).toContain('■ Timeline (Japan time)');
    expect(handover).not.toContain('【引継ぎ資料】');
  });

  it('a drill says so in English', () => {
    const drill = { ...fullSnapshot, incident: { ...fullSnapshot.incident, drill: 'lost-usb' } };
    const doc = inEnglish('summary-short', drill);
    expect(doc.text.startsWith('[DRILL] This is a drill record, not a real incident.')).toBe(true);
    expect(doc.filename.startsWith('drill_summary_')).toBe(true);
  });
});

describe('drafts addressed to Japanese authorities and partners', () => {
  const japaneseOnly = EXPORT_KINDS.filter((k) => !k.anyLanguage).map((k) => k.kind);

  it('are the first notice, the later notice, the PPC report and the deletion request', () => {
    expect(japaneseOnly).toEqual(['first-report', 'later-report', 'ppc', 'deletion-request']);
  });

  it.each(japaneseOnly)('%s stays Japanese, word for word, when English is asked', (kind) => {
    const asked = inEnglish(kind);
    const japanese = buildExport(kind, fullSnapshot, content, NOW);
    expect(asked.language).toBe('ja');
    expect(asked.text).toBe(japanese.text);
    expect(asked.filename).toBe(japanese.filename);
  });

  it('the 第一報 asked in English is the Japanese letter', () => {
    const text = inEnglish('first-report').text;
    expect(text).toContain('件名: 【第一報】');
    expect(text).toContain('1. 発生した事象');
    expect(text).not.toMatch(/Status|Discovered|Record check/);
  });
});

describe('a summary in やさしい日本語', () => {
  it('uses plain words and keeps her text', () => {
    const text = buildExport('summary-full', fullSnapshot, content, NOW, {
      language: 'ja-easy',
    }).text;
    expect(text).toContain('【インシデントのまとめ】経理PCのランサムウェア感染');
    expect(text).toContain('いまの状態: 対応しています');
    expect(text).toContain('気づいた日時: 2026/11/24(火) 09:30');
    for (const typed of HER_TEXT) expect(text).toContain(typed);
  });
});
