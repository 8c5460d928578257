import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import ReportingPage from './ReportingPage';
import { reportingRules } from './rules';
import { writeAnswers } from './test-answers';
import { ALL_NO } from './test-answer-sets';

vi.mock('../../content/load', () => ({ loadPlaybook: () => Promise.resolve({ groups: [] }) }));

useFreshDB();

async function ransomware(answers: Record<string, string>) {
  const { incident } = await createIncident({
    title: 'ランサムウェア',
    types: ['ransomware'],
    causes: [],
    discoveredAt: '2026-11-25T10:00:00+09:00',
    log: '記録を開始',
    by: '山田',
  });
  await writeAnswers(incident.id, answers);
  return incident;
}

describe('報告・届出: the result first', () => {
  it('shows the result, nearest deadline at its top, above the first question', async () => {
    const r = await ransomware({});
    render(<ReportingPage id={r.id} />);
    const result = await screen.findByRole('region', { name: '結果' });
    const firstQuestion = screen.getByRole('group', { name: /個人情報は含まれますか/ });
    expect(firstQuestion.tagName).toBe('FIELDSET');
    expect(
      result.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // Nothing is decided yet about the PPC: it waits under 「答えると決まります」 with its question.
    const open = within(result).getByText('答えると決まります').closest('details')!;
    expect(open.open).toBe(false);
    expect(open.querySelector('summary')?.textContent).toMatch(/決め手の質問：個人情報/);
    await userEvent.click(open.querySelector('summary')!);
    expect(open.open).toBe(true);
    const ppc = within(result)
      .getByRole('link', { name: '個人情報保護委員会への報告（速報・確報）' })
      .closest('li')!;
    expect(within(ppc).getByRole('link', { name: '個人情報' }).getAttribute('href')).toBe(
      '#q-personal',
    );
    // Counts are of decided items only (IPA and 警察 from the incident type).
    expect(within(result).getByRole('heading', { name: '必要なもの（2件）' })).toBeTruthy();
  });

  it("ransomware with 50 customers' data, 不正アクセス いいえ: the PPC report is owed, with its date", async () => {
    const now = new Date('2026-11-26T09:00:00+09:00');
    vi.useFakeTimers({ now, toFake: ['Date'] });
    try {
      const rest = Object.fromEntries(
        Object.entries(ALL_NO).filter(([k]) => k !== 'malware' && k !== 'extortion'),
      );
      const r = await ransomware({ ...rest, personal: 'yes', count: 'up-to-100' });
      render(<ReportingPage id={r.id} />);
      const result = await screen.findByRole('region', { name: '結果' });
      // The nearest deadline, at the top: date, weekday and days left.
      expect(result.querySelector('.reporting-nearest')?.textContent).toMatch(
        /個人情報保護委員会への報告\s*速報\s*2026年11月27日（金）\s*あと 1 日/,
      );
      const owed = within(result).getByRole('heading', { name: /必要なもの/ })
        .nextElementSibling as HTMLElement;
      const ppc = within(owed)
        .getByRole('link', { name: '個人情報保護委員会への報告（速報・確報）' })
        .closest('li')!;
      expect(ppc.textContent).toMatch(/速報 2026年11月27日（金）まで（あと 1 日）/);
      expect(within(owed).getByRole('link', { name: '本人への通知' })).toBeTruthy();
      expect(within(result).queryByText('答えると決まります')).toBeNull();
      const card = screen.getByRole('article', {
        name: /個人情報保護委員会への報告（速報・確報）/,
      });
      expect(within(card).getByText(/2027年1月23日（土）まで/)).toBeTruthy();
      // Every group is answered (or filled from the type), so the questions are folded.
      for (const g of document.querySelectorAll('details.reporting-group'))
        expect((g as HTMLDetailsElement).open).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("never shows a maintainers' note from the rules file", async () => {
    const r = await ransomware({});
    const { container } = render(<ReportingPage id={r.id} />);
    await screen.findByRole('region', { name: '結果' });
    // Open every folded part so hidden text counts too.
    for (const d of container.querySelectorAll('details')) d.open = true;
    const text = container.textContent ?? '';
    const notes: string[] = [];
    const visit = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(visit);
      else if (x && typeof x === 'object')
        for (const [k, v] of Object.entries(x)) {
          if (k === 'note' && typeof v === 'string') notes.push(v);
          else visit(v);
        }
    };
    visit(reportingRules);
    expect(notes.length).toBeGreaterThan(5);
    for (const n of notes) expect(text, n).not.toContain(n.slice(0, 20));
    expect(text).not.toMatch(/issue|参照できていない|確認は未了/);
    // The facts meant for her are there.
    expect(text).toContain('03-6457-9849');
    expect(text).toMatch(/被害届は最寄りの警察署/);
    expect(text).toMatch(/法律上の義務ではありません/);
  });
});
