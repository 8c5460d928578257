import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import { japaneseLeft, renderAt } from '../guide/test-utils';
import { useFreshDB } from '../../storage/test-db';
import { setLanguage } from '../../i18n/active';

useFreshDB();
afterEach(() => setLanguage('ja'));

describe('設定 and チーム in English', () => {
  it('設定: every section, control and status in English', async () => {
    await setLanguage('en');
    renderAt('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 5000 });
    for (const name of ['Your name', 'Keeping the records', 'Trash', 'About this app'])
      expect(screen.getByRole('heading', { name })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open backup and restore' })).toBeTruthy();
    expect(await screen.findByText('The trash is empty.')).toBeTruthy();
    expect(screen.getByText(/^Incident Response Navi, version /)).toBeTruthy();
    // The language switcher is named in both languages on purpose.
    expect(japaneseLeft().filter((t) => t !== '言語 / Language')).toEqual([]);
  });

  it('チーム: what leaves the phone, the fields and the buttons in English', async () => {
    await setLanguage('en');
    renderAt('/settings/team');
    await screen.findByRole('heading', { level: 1, name: 'Team' }, { timeout: 5000 });
    expect(await screen.findByRole('heading', { name: 'Team sharing: off' })).toBeTruthy();
    expect(screen.getByText(/^encrypted$/)).toBeTruthy();
    for (const label of ['Team database', 'User name', 'Password', 'Team passphrase'])
      expect(screen.getByLabelText(label, { exact: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Test the connection' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start team sharing' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });
});
