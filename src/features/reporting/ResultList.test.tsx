import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { Incident } from '../../storage';
import { evaluate } from './engine';
import { ResultList } from './ResultList';

const saveFile = vi.hoisted(() => vi.fn(() => true));
vi.mock('../export/share', () => ({ saveFile }));

const AT = '2026-11-25T10:00:00+09:00';
const incident = {
  id: 'i1',
  title: 'USBの紛失',
  types: ['leak'],
  causes: ['loss'],
  discoveredAt: AT,
} as unknown as Incident;

function renderList(answers: Record<string, string>, now: string) {
  return render(
    <ResultList
      incident={incident}
      obligations={evaluate(answers, AT, incident.types, incident.causes)}
      statuses={{}}
      contacts={new Map()}
      now={new Date(now)}
      onStatus={() => Promise.resolve()}
    />,
  );
}

describe('ResultList', () => {
  it('says how the days are counted (the guideline, checked against its text), with its source', () => {
    renderList({}, '2026-11-26T09:00:00+09:00');
    const line = screen.getByText(/発覚した日（日本時間）を1日目として数えています/);
    expect(line.textContent).toContain('（根拠：個人情報の保護に関する法律についてのガイドライン');
    expect(line.textContent).toContain('3-5-3-4');
    // The guideline's own rule for a last day on a holiday is named, and which date is shown.
    expect(line.textContent).toMatch(/年末年始.*早い方の30日目・60日目をそのまま表示/);
    expect(within(line).queryByText('出典確認中')).toBeNull();
    expect(line.textContent).not.toMatch(/確認は未了|試した検索/);
  });

  it('shows a past guideline target in amber words, and only a past legal deadline as 期限超過', () => {
    const answers = { personal: 'yes', count: 'over-1000', encrypted: 'no' };
    const { unmount } = renderList(answers, '2026-12-01T09:00:00+09:00');
    const card = screen.getByRole('article', { name: /個人情報保護委員会への報告（速報・確報）/ });
    expect(
      within(card).getByText(/速報の目安（3〜5日）を過ぎています。できるだけ早く/),
    ).toBeTruthy();
    expect(within(card).queryByText(/期限超過/)).toBeNull();
    expect(card.classList.contains('overdue')).toBe(false);
    unmount();

    renderList(answers, '2026-12-26T09:00:00+09:00');
    const late = screen.getByRole('article', { name: /個人情報保護委員会への報告（速報・確報）/ });
    expect(within(late).getAllByText(/期限超過/).length).toBeGreaterThan(0);
    expect(late.classList.contains('overdue')).toBe(true);
  });

  it('downloads the open deadlines as an .ics file through the shared saveFile', async () => {
    const obligations = evaluate(
      { personal: 'yes', count: 'over-1000', encrypted: 'no' },
      AT,
      incident.types,
      incident.causes,
    );
    render(
      <ResultList
        incident={incident}
        obligations={obligations}
        statuses={{}}
        contacts={new Map()}
        now={new Date(AT)}
        onStatus={() => Promise.resolve()}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /期限をカレンダーに追加/ }));
    expect(saveFile).toHaveBeenCalledWith(
      expect.stringContaining('BEGIN:VCALENDAR'),
      'reporting-deadlines.ics',
      'text/calendar',
    );
  });
});
