import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { closeDB } from '../../storage';
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
