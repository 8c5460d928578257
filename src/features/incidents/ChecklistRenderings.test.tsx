import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import { setLanguage } from '../../i18n/active';
import IncidentPage from './IncidentPage';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});
afterEach(() => setLanguage('ja'));

describe('the checklist of an incident in English', () => {
  it('shows phases, sections, items and their source in English, the original one tap away', async () => {
    const { incident } = await createIncident({
      title: 'ランサムウェア',
      types: ['ransomware'],
      causes: [],
      by: '山田',
      log: '対応を開始',
    });
    await setLanguage('en');
    render(<IncidentPage id={incident.id} />);
    const list = await screen.findByRole('region', { name: 'Checklist' });
    expect(
      await within(list).findByRole('heading', {
        level: 2,
        name: 'Detection and first response',
      }),
    ).toBeTruthy();
    expect(within(list).getByRole('heading', { level: 3, name: 'First response' })).toBeTruthy();
    const isolate = within(list)
      .getByText(/^Stop using the infected PC or server/)
      .closest('li')!;
    expect(within(isolate).getByText('Ransomware')).toBeTruthy();
    fireEvent.click(within(isolate).getByRole('button', { name: /原文/ }));
    expect(
      within(isolate).getByText(
        '感染したパソコンやサーバーの利用を停止し、ネットワークから切り離します。',
      ),
    ).toBeTruthy();
    // 次にやること names its phase in English too.
    const next = screen.getByRole('region', { name: 'Next steps' });
    expect(within(next).getByText('Detection and first response')).toBeTruthy();
  });
});
