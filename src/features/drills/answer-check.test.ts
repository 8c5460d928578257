import { describe, expect, it } from 'vitest';
import { toPrepProfile, type PrepContact } from '../../storage';
import { answerDiffs, decisionDiffs, expectedAnswers } from './answer-check';
import { prepFixes } from './prep-fixes';
import { contactInput } from '../../storage/test-prep-data';
import { scenarioById } from './scenarios';

const usb = scenarioById('lost-usb')!;
const ransomware = scenarioById('ransomware-monday')!;

describe('the reporting answers against the scenario', () => {
  it('takes each question from the inject that settles it', () => {
    expect(expectedAnswers(usb).map((e) => [e.question, e.answer, e.inject.at])).toEqual([
      ['theft', 'unknown', 0],
      ['personal', 'yes', 4],
      ['encrypted', 'no', 4],
      ['count', 'over-1000', 12],
    ]);
  });

  it('names the answers that differ and the destinations they change', () => {
    const answers = { personal: 'yes', encrypted: 'yes', theft: 'unknown' };
    expect(answerDiffs(usb, answers).map((d) => [d.question, d.given, d.answer])).toEqual([
      ['encrypted', 'yes', 'no'],
      ['count', undefined, 'over-1000'],
    ]);
    const decisions = decisionDiffs(usb, answers, '2026-11-25T10:00:00+09:00');
    // With the stick said to be encrypted the PPC report would be skipped; it is needed.
    const ppc = decisions.find((d) => d.title.startsWith('個人情報保護委員会'));
    expect(ppc).toMatchObject({ modelApplies: true });
    expect(ppc!.reasons.length).toBeGreaterThan(0);
    expect(
      decisionDiffs(
        usb,
        { personal: 'yes', encrypted: 'no', count: 'over-1000' },
        '2026-11-25T10:00:00+09:00',
      ),
    ).toEqual([]);
    expect(
      answerDiffs(usb, { personal: 'yes', encrypted: 'no', theft: 'unknown', count: 'over-1000' }),
    ).toEqual([]);
  });
});

const contact = (role: PrepContact['role'], phone: string): PrepContact => ({
  ...contactInput(role, phone),
  updatedAt: '2026-11-01T00:00:00.000Z',
});

describe('what to fix in 備え after a drill', () => {
  it('names the people the drill calls who have no phone, and points not ready', () => {
    const fixes = prepFixes(
      ransomware,
      toPrepProfile([contact('security-officer', '03-1111-2222')]),
    );
    expect(fixes.map((f) => f.text)).toEqual([
      '経営者の電話番号が、備えに登録されていません。',
      'システム管理者の電話番号が、備えに登録されていません。',
      '主な取引先の電話番号が、備えに登録されていません。',
      '顧問弁護士の電話番号が、備えに登録されていません。',
      '保守ベンダー・クラウド・サービス事業者・サイバー保険（事故受付）・サイバーセキュリティお助け隊のどれも、電話番号が備えに登録されていません。',
      expect.stringMatching(/^備えの点検：インシデント対応の方針/),
      expect.stringMatching(/^備えの点検：兆候を見つけたら/),
      expect.stringMatching(/^備えの点検：ネットワークの切り方/),
      expect.stringMatching(/^備えの点検：電源を切らない/),
      expect.stringMatching(/^備えの点検：バックアップの1つは/),
      expect.stringMatching(/^備えの点検：バックアップから復元/),
    ]);
    expect(fixes.find((f) => f.id === 'contact:executive')?.href).toBe('/prep/contacts');
    expect(fixes.find((f) => f.id === 'check:network-cut')?.href).toBe('/prep/systems');
    expect(fixes.find((f) => f.id === 'check:policy')?.href).toBe('/prep/check');
  });

  it('drops what is registered: one outside helper is enough', () => {
    const fixes = prepFixes(
      ransomware,
      toPrepProfile([
        contact('security-officer', '03-1111-2222'),
        contact('executive', '090-1111-2222'),
        contact('otasuke', '0120-000-000'),
      ]),
    );
    expect(fixes.some((f) => f.id === 'contact:executive')).toBe(false);
    expect(fixes.some((f) => f.id.startsWith('contact:vendor'))).toBe(false);
  });
});
