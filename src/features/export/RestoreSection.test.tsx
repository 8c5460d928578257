import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as load from '../../content/load';
import { readAllForBackup } from '../../storage/backup-repo';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import { useStore } from '../../app/store';
import { RestoreSection } from './RestoreSection';

const valid = () =>
  JSON.parse(readFileSync(resolve('tests/fixtures/backups/valid-v1.json'), 'utf8')) as {
    appVersion: string;
    formatVersion: number;
    data: {
      incidents: { title: string; types: string[] }[];
      settings: { key: string; value: unknown }[];
    };
  };
const asFile = (value: unknown) =>
  new File([JSON.stringify(value)], 'backup.json', { type: 'application/json' });

async function choose(value: unknown) {
  render(<RestoreSection />);
  await userEvent.upload(screen.getByLabelText('バックアップファイルを選ぶ'), asFile(value));
}

describe('RestoreSection', () => {
  useFreshDB();

  it('names a record of an unknown type, restores the rest only when asked', async () => {
    const file = valid();
    file.data.incidents[0]!.types = ['earthquake'];
    file.data.incidents[0]!.title = '\u202Eevil title';
    await choose(file);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('このアプリにない種類「earthquake」');
    // The title from the file is shown isolated, so its override cannot reorder the line.
    const bdi = [...alert.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(bdi).toContain('\u202Eevil title');
    // Nothing was written while the person reads the list.
    expect((await readAllForBackup()).incidents).toHaveLength(0);
    const button = screen.getByRole('button', { name: /^復元できる記録だけ復元する（\d+件）$/ });
    await userEvent.click(button);
    expect(
      await screen.findByText(
        /追加: 対応記録 1件.*復元しなかった記録: \d+件/,
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    const after = await readAllForBackup();
    expect(after.incidents.map((i) => i.id)).toEqual(['inc-b']);
    expect(after.fields.every((f) => f.incidentId === 'inc-b')).toBe(true);
  });

  it('says nothing can be restored when no record is valid, and offers no button', async () => {
    const file = valid();
    for (const i of file.data.incidents) i.types = ['earthquake'];
    await choose(file);
    expect((await screen.findByRole('status', {}, { timeout: 5000 })).textContent).toMatch(
      /復元できる記録がありません。この端末の記録は何も変更していません。/,
    );
    expect(within(screen.getByRole('alert')).getAllByRole('listitem').length).toBeGreaterThan(2);
    expect(screen.queryByRole('button', { name: /復元/ })).toBeNull();
  });

  it('says in plain words that a newer version of the app made the file', async () => {
    await choose({ ...valid(), formatVersion: 2, appVersion: '2.0.0' });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('新しいバージョン（2.0.0）');
    expect(alert.textContent).toContain('何も変更していません');
  });

  it("keeps this device's reminder, name and trash: another phone's settings are not taken", async () => {
    // This phone has an incident never backed up, and no responder name yet.
    await createIncident({ title: 'この端末の件', types: [], causes: [], by: '', log: '開始' });
    const file = valid();
    file.data.settings.push({ key: 'lastBackupAt', value: '2099-01-01T00:00:00.000Z' });
    await choose(file);
    await userEvent.click(
      await screen.findByRole('button', { name: 'この端末に復元する' }, { timeout: 5000 }),
    );
    expect(await screen.findByText(/追加: 対応記録 2件/, {}, { timeout: 5000 })).toBeTruthy();
    const status = await useStore.getState().backupStatus();
    expect(status.lastBackupAt).toBeNull();
    expect(status.changed).toBe(3);
    const keys = (await readAllForBackup()).settings.map((s) => s.key);
    expect(keys).not.toContain('responderName');
    expect(keys).not.toContain('lastBackupAt');
  });
});

describe('RestoreSection without the content catalog', () => {
  useFreshDB();

  it('refuses calmly instead of restoring records it cannot check', async () => {
    vi.spyOn(load, 'loadIncidentPlaybooks').mockRejectedValueOnce(new Error('chunk failed'));
    await choose(valid());
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('手引きの内容を読み込めませんでした');
    expect(alert.textContent).toContain('何も変更していません');
    expect(screen.queryByRole('button', { name: /復元する/ })).toBeNull();
  });
});
