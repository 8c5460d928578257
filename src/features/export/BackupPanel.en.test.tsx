import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../i18n/active';
import { createIncident, getDB } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import { BackupPanel } from './BackupPanel';
import { BackupReminder } from './BackupReminder';

const fixture = (name: string) =>
  new File([readFileSync(resolve('tests/fixtures/backups', name))], name, {
    type: 'application/json',
  });
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

describe('バックアップと復元 in English', () => {
  useFreshDB();
  beforeEach(async () => {
    await setLanguage('en');
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(async () => {
    await setLanguage('ja');
    vi.restoreAllMocks();
  });

  it('shows the panel in English and restores a file with an English result', async () => {
    render(<BackupPanel />);
    // Each namespace's catalogue loads on first use.
    expect(await screen.findByRole('button', { name: 'Save as a file' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Backup' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Restore' })).toBeTruthy();
    const texts = [
      ...screen.getAllByRole('heading'),
      ...screen.getAllByRole('button'),
      ...screen.getAllByRole('checkbox').map((c) => c.closest('label')!),
    ].map((e) => e.textContent ?? '');
    expect(texts.filter((t) => JAPANESE.test(t))).toEqual([]);

    await userEvent.upload(screen.getByLabelText('Choose a backup file'), fixture('valid-v1.json'));
    expect(
      await screen.findByText(
        /^A backup made on \d{4}\/\d\d\/\d\d \([A-Z][a-z]{2}\) \d\d:\d\d JST \(2 records\)\.$/,
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Restore to this device' }));
    expect(
      await screen.findByText(/^Restored\. Added: 2 records/, {}, { timeout: 5000 }),
    ).toBeTruthy();
  });

  it('refuses a file in English, and asks for a matching passphrase', async () => {
    render(<BackupPanel />);
    await userEvent.upload(
      screen.getByLabelText('Choose a backup file'),
      fixture('not-a-backup.json'),
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toBe(
      'This is not a backup file of Incident Response Navi. Nothing on this device was changed.',
    );

    await userEvent.click(screen.getByLabelText('Encrypt with a passphrase (recommended)'));
    await userEvent.type(screen.getByLabelText(/^Passphrase \(at least 8/), 'long enough pass');
    await userEvent.click(screen.getByRole('button', { name: 'Save as a file' }));
    expect(await screen.findByText('The two passphrases do not match.')).toBeTruthy();
  });

  it('reminds in English', async () => {
    await createIncident({ title: 'A', types: [], causes: [], by: '', log: 'start' });
    render(<BackupReminder />);
    const reminder = await screen.findByRole('complementary', { name: 'Backup reminder' });
    expect(reminder.textContent).toContain('You have not made a backup yet.');
    expect(screen.getByRole('link', { name: 'Back up' })).toBeTruthy();
  });

  it('words the evidence size in English', async () => {
    const { incident } = await createIncident({
      title: 'A',
      types: [],
      causes: [],
      by: '',
      log: 'x',
    });
    await (
      await getDB()
    ).put('evidence', {
      id: 'ev-1',
      incidentId: incident.id,
      name: 'screen.jpg',
      type: 'image/jpeg',
      size: 512,
      sha256: 'a'.repeat(64),
      capturedAt: new Date().toISOString(),
      by: '',
      note: '',
      timelineId: 'tl-x',
    });
    render(<BackupPanel />);
    expect(
      await screen.findByRole('checkbox', {
        name: 'Include the evidence photos and files (1, 512 bytes)',
      }),
    ).toBeTruthy();
  });
});
