import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { closeDB, listIncidents } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import NewIncidentPage from './NewIncidentPage';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});

describe('new incident form when the database cannot be opened', () => {
  it.each([
    ['SecurityError', /ブラウザの設定で、このサイトのデータ保存が止められています/],
    ['InvalidStateError', /プライベートブラウズ/],
  ])('opening throws %s at once: a Japanese message, no raw exception', async (name, message) => {
    await closeDB();
    globalThis.indexedDB = {
      open() {
        throw new DOMException('The user denied permission to access the database.', name);
      },
    } as unknown as IDBFactory;
    history.replaceState(null, '', '/incidents/new?type=ransomware');
    const user = userEvent.setup();
    render(
      <LocationProvider>
        <NewIncidentPage />
      </LocationProvider>,
    );
    await user.click(screen.getByRole('button', { name: '対応を開始する' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).not.toMatch(/denied|permission/);
  });
});

describe('new incident form', () => {
  it('refuses a 発覚日時 later than now with a message, and starts nothing', async () => {
    history.replaceState(null, '', '/incidents/new?type=ransomware');
    const user = userEvent.setup();
    render(
      <LocationProvider>
        <NewIncidentPage />
      </LocationProvider>,
    );
    const discovered = screen.getByLabelText<HTMLInputElement>(/発覚日時/);
    await user.clear(discovered);
    await user.type(discovered, `${new Date().getFullYear() + 1}-01-06T09:30`);
    await user.click(screen.getByRole('button', { name: '対応を開始する' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/未来の日時になっています/);
    expect(await listIncidents({ limit: 5 })).toMatchObject({ items: [] });
    expect(location.pathname).toBe('/incidents/new');
  });
});
