import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../app/store';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from './IncidentPage';

useFreshDB();
beforeEach(() => {
  useStore.setState({
    responderName: '山田',
    openIncident: null,
    storageProblem: null,
    persistResult: null,
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Starts the first incident with the browser answering `persisted` to persist(). */
const startFirst = async (persisted: boolean) => {
  vi.stubGlobal('navigator', {
    ...navigator,
    storage: { persisted: async () => false, persist: async () => persisted },
  });
  const incident = await useStore.getState().startIncident({
    title: '経理PC',
    types: ['ransomware'],
    causes: [],
    discoveredAt: new Date().toISOString(),
    log: '対応を開始',
  });
  await waitFor(() => expect(useStore.getState().persistResult).toBe(persisted));
  return incident;
};

describe('persistence notice', () => {
  it('suggests installing and a backup when the browser may delete the records', async () => {
    const incident = await startFirst(false);
    const user = userEvent.setup();
    render(<IncidentPage id={incident.id} />);
    await screen.findByRole('heading', { name: '記録を守るために' });
    expect(screen.getByText(/インストール/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'バックアップを作る' }).getAttribute('href')).toBe(
      '/backup',
    );
    await user.click(screen.getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('heading', { name: '記録を守るために' })).toBeNull();
  });

  it('says once that the records are protected when the browser keeps them', async () => {
    const incident = await startFirst(true);
    const { unmount } = render(<IncidentPage id={incident.id} />);
    expect(await screen.findByText('この端末の記録は保護されています。')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '記録を守るために' })).toBeNull();
    unmount();
    render(<IncidentPage id={incident.id} />);
    await screen.findByRole('heading', { name: '経理PC', level: 1 });
    expect(screen.queryByText('この端末の記録は保護されています。')).toBeNull();
  });
});
