// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toPrepProfile } from '../storage/prep';
import type { PrepRecord } from '../storage/prep-schema';
import { buildExport } from './build';
import { companyForDrafts, prefillFromPrep } from './prep-text';
import { content, emptySnapshot, NOW } from './test-fixtures';

const at = '2026-11-30T00:00:00.000Z';
const contact = (role: 'executive' | 'staff', name: string, phone: string): PrepRecord => ({
  id: `contact:${role}`,
  kind: 'contact',
  role,
  name,
  org: '総務部',
  phone,
  email: role === 'staff' ? 'soumu@example.co.jp' : '',
  deputyName: '',
  deputyPhone: '',
  tell: '',
  policyNumber: '',
  updatedAt: at,
});
const profile = toPrepProfile([
  {
    id: 'company',
    kind: 'company',
    name: '株式会社サンプル製作所',
    address: '東京都千代田区',
    industry: '',
    employees: '',
    updatedAt: at,
  },
  contact('executive', '山田 太郎', '090-1111-2222'),
  contact('staff', '佐藤 花子', '03-1234-5678'),
  {
    id: 'systems',
    kind: 'systems',
    systems: '販売管理（社内サーバ）',
    personalData: '顧客名簿',
    personalCount: '約3,000人',
    cardData: 'no',
    myNumber: 'yes',
    backups: 'NAS',
    lastRestoreTest: '2026-10-01',
    offlineCopy: 'yes',
    networkCut: 'LANケーブルを抜く',
    networkCutWho: '佐藤',
    updatedAt: at,
  },
]);

describe('備え in the record and the drafts', () => {
  it('fills 事業者, 責任者・担当者 and システム構成・運用状況', () => {
    const byId = Object.fromEntries(prefillFromPrep(profile).map((f) => [f.fieldId, f.value]));
    expect(byId.organization).toBe('株式会社サンプル製作所\n所在地: 東京都千代田区');
    expect(byId.owners).toContain('経営者: 総務部 山田 太郎（電話 090-1111-2222）');
    expect(byId['system-configuration']).toContain(
      'クレジットカード情報: なし、マイナンバー: あり',
    );
    expect(byId['system-configuration']).toContain(
      'ネットワークの切り方: LANケーブルを抜く（判断・実施する人: 佐藤）',
    );
    expect(prefillFromPrep(toPrepProfile([]))).toEqual([]);
  });

  it('names the company and its contact point in 第一報 instead of the placeholders', () => {
    const withCompany = { ...content, company: companyForDrafts(profile) };
    const text = buildExport('first-report', emptySnapshot, withCompany, NOW).text;
    expect(text).toContain('株式会社サンプル製作所');
    expect(text).not.toContain('（事業者名を記入してください）');
    expect(text).toContain('電話: 03-1234-5678');
    expect(text).toContain('メール: soumu@example.co.jp');
    const hostile = { name: '株式会社\u202Eテスト', contactPoint: '' };
    expect(
      buildExport('first-report', emptySnapshot, { ...content, company: hostile }, NOW).text,
    ).not.toContain('\u202E');
    const without = buildExport('first-report', emptySnapshot, content, NOW).text;
    expect(without).toContain('（事業者名を記入してください）');
    for (const kind of ['later-report', 'ppc', 'handover'] as const) {
      expect(buildExport(kind, emptySnapshot, withCompany, NOW).text).toContain(
        '株式会社サンプル製作所',
      );
    }
  });
});
