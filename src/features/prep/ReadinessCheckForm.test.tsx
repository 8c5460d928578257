import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { listPrep, putPrep } from '../../storage';
import { READINESS_ITEMS } from './checks';
import { REVIEW, reviewDue } from './review';
import { setLanguage } from '../../i18n/active';
import type { Language } from '../../i18n/languages';
import { renderPart, useFreshPrep } from './test-prep';
import { BLANK_SYSTEMS } from './SystemsForm';

useFreshPrep();

describe('備えの点検', () => {
  it('scores what 備え shows and what was answered, lists what is missing, records the review', async () => {
    const user = userEvent.setup();
    await putPrep({
      ...BLANK_SYSTEMS,
      personalData: '顧客名簿',
      networkCut: 'LANケーブルを抜く',
    });
    await renderPart('check', '備えの点検');
    const total = READINESS_ITEMS.length;
    expect(screen.getByText(/ができています/).textContent).toBe(
      `${total}項目のうち 2項目 ができています。`,
    );
    const policy = screen.getByRole('group', { name: /インシデント対応の方針/ });
    await user.click(within(policy).getByRole('radio', { name: 'できている' }));
    expect(screen.getByText(/ができています/).textContent).toContain('3項目');
    const missing = screen.getByRole('region', { name: 'まだのこと' });
    expect(within(missing).queryByText(/インシデント対応の方針/)).toBeNull();
    expect(within(missing).getByText(/情報セキュリティ責任者と経営者の電話番号/)).toBeTruthy();
    // Each point says where the guide says it.
    expect(
      screen.getAllByRole('link', { name: /基本ステップ「対応体制の立ち上げ」/ }).length,
    ).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: '点検を記録する' }));
    await screen.findByText('✓ 保存済み');
    const check = (await listPrep()).find((r) => r.kind === 'check');
    expect(check).toMatchObject({ answers: { policy: 'yes' } });
    const reviewedAt = (check as { reviewedAt: string }).reviewedAt;
    expect(reviewDue(reviewedAt, new Date())).toBe(false);
    expect(reviewDue(reviewedAt, new Date(Date.now() + 190 * 86_400_000))).toBe(true);
  });
});

/** The deepest nesting of brackets in a text (「…『…』…」 or （…（…）…） is 2). */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of text) {
    if ('（「『(【'.includes(ch)) deepest = Math.max(deepest, ++depth);
    else if ('）」』)】'.includes(ch)) depth--;
  }
  return deepest;
}

describe('備えの点検: the review advice', () => {
  afterEach(() => setLanguage('ja'));

  const cases: { lang: Language; heading: string; advice: RegExp; date: string }[] = [
    {
      lang: 'ja',
      heading: '備えの点検',
      advice: /か月ごとに見直すと安心です/,
      date: `${REVIEW.asOf} 時点の手引きには、見直しの周期の定めはありません。`,
    },
    {
      lang: 'en',
      heading: 'Readiness check',
      advice: /^Reviewing it every/,
      date: `as of ${REVIEW.asOf}, the guide sets no review interval.`,
    },
    {
      lang: 'ja-easy',
      heading: '準備のチェック',
      advice: /か月ごとに見直すと、安心です/,
      date: `${REVIEW.asOf} に、てびきをたしかめました。`,
    },
  ];
  for (const { lang, heading, advice, date } of cases)
    it(`${lang}: plain sentences, no brackets in brackets, and the date says what it is`, async () => {
      await setLanguage(lang);
      await renderPart('check', heading);
      const text = (await screen.findByText(advice)).textContent!;
      expect(text).toContain(`${REVIEW.months}`);
      expect(text).toContain(date);
      expect(bracketDepth(text), text).toBeLessThan(2);
    });

  it('finds brackets inside brackets', () => {
    expect(bracketDepth('（このアプリの提案（手引きには定めはありません）、2026-12-01）')).toBe(2);
    expect(bracketDepth('「対応体制」と（BCP）')).toBe(1);
  });
});
