// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_KINDS, kindsFor, safeFileName } from './build';
import { SHORT_LIMIT } from './summary-text';
import { PPC_REPORT } from './ppc-items';
import { content, emptySnapshot, fullSnapshot, NOW } from './test-fixtures';
import type { IncidentSnapshot } from './types';

const build = (kind: Parameters<typeof buildExport>[0], snap: IncidentSnapshot = fullSnapshot) =>
  buildExport(kind, snap, content, NOW).text;

describe('summary of a full incident', () => {
  const full = build('summary-full');

  it('shows the header in JST with the elapsed time', () => {
    expect(full).toContain('【インシデント概要】経理PCのランサムウェア感染');
    expect(full).toContain('種類: ランサムウェア感染、情報漏えい（原因: 不正アクセス）');
    expect(full).toContain('状況: 対応中');
    // 00:30Z is 09:30 JST; 22:00+09:00 stays 22:00.
    expect(full).toContain('発覚日時: 2026/11/24(火) 09:30');
    expect(full).toContain('発生日時: 2026/11/23(月) 22:00');
    expect(full).toContain('経過時間: 発覚から1日2時間');
    expect(full).toContain('作成日時: 2026/11/25(水) 12:15');
  });

  it('lists the ten record items in order, multi-line values indented', () => {
    const labels = content.recordItems.map((r) => full.indexOf(`・${r.label}:`));
    expect(labels.every((i) => i > 0)).toBe(true);
    expect([...labels].sort((a, b) => a - b)).toEqual(labels);
    expect(full).toContain('表示された。\n  ファイルが開けない。');
    expect(full).toContain('・何を: 顧客の氏名と住所');
  });

  it('shows progress per phase: who, when, and what is open', () => {
    expect(full).toContain('［検知・初動対応］ 済 1 / 該当なし 0 / 未 1');
    expect(full).toContain(
      '[済] 情報セキュリティ責任者に報告します。（山田、2026/11/24(火) 09:40）',
    );
    expect(full).toContain('[未] 感染したパソコンをネットワークから切り離します。');
    expect(full).toContain('[該当なし] IPAへ届け出ます。（佐藤、2026/11/24(火) 11:00）');
    expect(full).toContain('メモ: VPN装置のファームウェアを更新する');
    // The app's own word for it, in every export.
    expect(full).not.toContain('対象外');
  });

  it('the Markdown export calls it 該当なし too', () => {
    const md = build('markdown');
    expect(md).toMatch(/\[x\] （該当なし） IPAへ届け出ます/);
    expect(md).toContain('済 1 / 該当なし 0 / 未 1');
    expect(md).not.toContain('対象外');
  });

  it('orders the timeline by time and marks corrections', () => {
    const created = full.indexOf('記録を開始');
    const note = full.indexOf('LANケーブルを抜いた');
    const fix = full.indexOf('（訂正）LANケーブルを抜いたのは');
    expect(created).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(created);
    expect(fix).toBeGreaterThan(note);
    expect(full).toContain('（訂正あり）LANケーブルを抜いた');
  });
});

describe('short summary', () => {
  it('fits a chat message and keeps the essentials', () => {
    const short = build('summary-short');
    expect(short.length).toBeLessThanOrEqual(SHORT_LIMIT);
    expect(short).toContain('経理PCのランサムウェア感染');
    expect(short).toContain('発生事象: 経理PCの画面に');
    expect(short).toContain('・検知・初動対応 1/2（未 1）');
    expect(short).toMatch(
      /作成: 2026\/11\/25\(水\) 12:15\n記録の検証値: [0-9a-f]{12}（2026\/11\/24\(火\) 11:00 までの 4件）$/,
    );
  });

  it('stays within the limit whatever was typed', () => {
    const long = '長い文章😀'.repeat(2000);
    const snap: IncidentSnapshot = {
      ...fullSnapshot,
      incident: { ...fullSnapshot.incident, title: long },
      fields: fullSnapshot.fields.map((f) => ({ ...f, value: long })),
      timeline: fullSnapshot.timeline.map((t) => ({ ...t, text: long })),
    };
    const short = build('summary-short', snap);
    expect(short.length).toBeLessThanOrEqual(SHORT_LIMIT);
    expect(short).toContain('作成: ');
    expect(short).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no broken emoji
  });
});

describe('an empty incident', () => {
  it('builds every format with placeholders and no undefined', () => {
    for (const { kind } of EXPORT_KINDS) {
      const text = build(kind, emptySnapshot);
      expect(text).not.toMatch(/undefined|null|NaN/);
      expect(text.length).toBeGreaterThan(20);
    }
    const full = build('summary-full', emptySnapshot);
    expect(full).toContain('【インシデント概要】（件名なし）');
    expect(full).toContain('・発生事象: （未記入）');
    expect(full).toContain('（記録なし）');
    expect(full).toContain('発覚日時: 2026/11/25(水) 09:00');
  });
});

describe('report drafts', () => {
  it('第一報 says what happened, what we do and where to ask', () => {
    const text = build('first-report');
    // Named for the customer, not by the internal record title (経理PCのランサムウェア感染).
    expect(text).toContain(
      '件名: 【第一報】当社におけるランサムウェアによる被害と不正アクセスによる情報の漏えいのおそれについてのお知らせ',
    );
    expect(text).toContain('お取引先様・お客様各位');
    expect(text).toContain('株式会社サンプル商事');
    expect(text).toContain('1. 発生した事象');
    expect(text).toContain('2. 当社の対応');
    expect(text).toContain('3. お問い合わせ窓口');
  });

  it('第一報 for a misdelivered mail addresses the people affected and says deletion was asked', () => {
    const misdelivery = {
      ...fullSnapshot,
      incident: { ...fullSnapshot.incident, types: ['leak'], causes: ['misdelivery'] },
    };
    const text = buildExport('first-report', misdelivery, content, NOW, {
      audience: 'many',
    }).text;
    expect(text).toContain('当社におけるメールの誤送信等による情報の漏えいについてのお知らせ');
    expect(text).toContain('（宛先：情報が誤って送られた、または公開されたお客様・お取引先様）');
    expect(text).toContain('受け取った情報の削除をお願いしております');
  });

  it('第一報 for one misdirected address is written to that one person', () => {
    const misdelivery = {
      ...fullSnapshot,
      incident: { ...fullSnapshot.incident, types: ['leak'], causes: ['misdelivery'] },
      reporting: [],
    };
    const doc = buildExport('first-report', misdelivery, content, NOW);
    expect(doc.audience).toBe('one');
    expect(doc.text).toContain('（お名前を記入してください）様');
    expect(doc.text).toContain('あなた様の情報が含まれております');
    expect(doc.text).not.toContain('関係する皆様');
    expect(doc.text).not.toContain('各位');
    // Many people affected (the questionnaire says so): to everyone concerned.
    const many = {
      ...misdelivery,
      reporting: [
        { incidentId: misdelivery.incident.id, key: 'q:count', value: 'over-1000', updatedAt: NOW },
      ],
    };
    const toAll = buildExport('first-report', many, content, NOW);
    expect(toAll.audience).toBe('many');
    expect(toAll.text).toContain('関係する皆様');
    // Other incidents go to everyone concerned unless she chooses one person.
    expect(buildExport('first-report', fullSnapshot, content, NOW).audience).toBe('many');
    const chosen = buildExport('first-report', fullSnapshot, content, NOW, { audience: 'one' });
    expect(chosen.text).toContain('（お名前を記入してください）様');
  });

  it('削除依頼 e-mail for a misdirected mail, offered only for that cause', () => {
    expect(kindsFor(['misdelivery']).map((k) => k.kind)).toContain('deletion-request');
    expect(kindsFor([]).map((k) => k.kind)).not.toContain('deletion-request');
    expect(kindsFor(['loss']).map((k) => k.kind)).not.toContain('deletion-request');
    const doc = buildExport('deletion-request', fullSnapshot, content, NOW);
    expect(doc.text).toMatch(/^件名: 【お願い】誤ってお送りしたメールの削除について/);
    expect(doc.text).toContain('開かずに削除していただけますでしょうか');
    expect(doc.text).toContain('株式会社サンプル商事');
    expect(doc.filename).toMatch(/^削除依頼_/);
  });

  it('第二報 becomes 最終報 when the incident is closed', () => {
    expect(build('later-report')).toContain('【第二報】');
    const closed = {
      ...fullSnapshot,
      incident: { ...fullSnapshot.incident, status: 'closed' as const },
    };
    const text = build('later-report', closed);
    expect(text).toContain('【最終報】');
    for (const h of ['原因', '再発防止策', '補償について']) expect(text).toContain(h);
    expect(text).toContain('・VPN装置のファームウェアを更新する');
  });

  it('the PPC draft has the nine items, with source and date', () => {
    const text = build('ppc');
    PPC_REPORT.items.forEach((item, i) => expect(text).toContain(`${i + 1}. ${item.label}`));
    expect(text).toContain('個人情報の保護に関する法律施行規則 第8条第1項');
    expect(text).toContain('3-5-3-3');
    expect(text).toContain(PPC_REPORT.asOf);
    expect(text).toContain('顧客の氏名と住所');
    expect(text).toContain('IPAへの届出が必要と判断');
  });

  it('the PPC draft takes the number of people and the kinds of data from the questionnaire', () => {
    const withAnswers = {
      ...fullSnapshot,
      reporting: [
        {
          incidentId: fullSnapshot.incident.id,
          key: 'q:count',
          value: 'over-1000',
          updatedAt: NOW,
        },
        { incidentId: fullSnapshot.incident.id, key: 'q:card', value: 'yes', updatedAt: NOW },
        { incidentId: fullSnapshot.incident.id, key: 'q:sensitive', value: 'no', updatedAt: NOW },
      ],
    };
    const text = build('ppc', withAnswers);
    expect(text).toContain('1,001人以上。正確な人数を記入してください。');
    expect(text).toContain('含まれる情報: クレジットカード情報');
    expect(text).not.toContain('要配慮個人情報');
    expect(build('ppc')).toContain('（本人の数を記入してください）');
  });

  it('fills 分類 from the types and 対応経過 from the timeline when they were not typed', () => {
    const untyped = {
      ...fullSnapshot,
      fields: fullSnapshot.fields.filter(
        (f) => !['classification', 'progress'].includes(f.fieldId),
      ),
    };
    const text = build('summary-full', untyped);
    expect(text).toMatch(/インシデントの分類: ランサムウェア感染、情報漏えい/);
    expect(text).toMatch(
      new RegExp(`対応経過: 時系列（対応経過）の${fullSnapshot.timeline.length}件を参照`),
    );
  });

  it('the handover sheet has the configuration and a timeline with seconds', () => {
    const text = build('handover');
    expect(text).toContain('Windows 11、NAS（社内LAN）、VPN装置 v1.2');
    expect(text).toContain('2026/11/24 09:50:00 JST [山田] （訂正あり）LANケーブルを抜いた');
  });
});

describe('file names', () => {
  it('are safe and end with the right extension', () => {
    const doc = buildExport('markdown', fullSnapshot, content, NOW);
    expect(doc.filename).toBe('概要_経理PCのランサムウェア感染_2026-11-25.md');
    expect(doc.mime).toBe('text/markdown');
    expect(safeFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(safeFileName('a<b>:c|d?*')).toBe('a_b_c_d_');
  });
});
