import { cleanup, render, screen, within } from '@testing-library/preact';
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
    expect(alert.textContent).toContain('このアプリにないインシデントの種類が含まれています');
    // The file's own id is not shown: it means nothing to the person reading.
    expect(alert.textContent).not.toContain('earthquake');
    // The file's count of incidents, the refused one included.
    expect(screen.getByText(/に作られたバックアップです（対応記録 2件）。/)).toBeTruthy();
    // The title from the file is shown isolated, so its override cannot reorder the line.
    const bdi = [...alert.querySelectorAll('bdi')].map((b) => b.textContent);
    // Isolated, and the override shown as a visible mark (the render guard), never raw.
    expect(bdi).toContain('[U+202E]evil title');
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

  it('names a broken record by its incident and kind, without field names or ids', async () => {
    const file = valid() as ReturnType<typeof valid> & {
      data: { timeline: { incidentId: string; kind: string }[] };
    };
    file.data.timeline[1]!.kind = 'unknown-kind';
    await choose(file);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    const line = within(alert).getByRole('listitem');
    const title = file.data.incidents[0]!.title;
    expect(line.textContent).toBe(`対応記録「${title}」の対応経過：内容に正しくない部分があります`);
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
    await choose({ ...valid(), formatVersion: 3, appVersion: '2.0.0' });
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

/** The fixture with one evidence record of inc-a, and its file when given. */
function withEvidence(bytes: Uint8Array | null, sha256: string) {
  const file = valid() as ReturnType<typeof valid> & { data: Record<string, unknown> };
  file.data.evidence = [
    {
      id: 'ev-1',
      incidentId: 'inc-a',
      name: '脅迫文.jpg',
      type: 'image/jpeg',
      size: 4,
      sha256,
      capturedAt: '2026-11-24T01:00:00.000Z',
      by: '山田',
      note: '',
      timelineId: 'tl-none',
    },
  ];
  file.data.evidenceFiles = bytes
    ? [{ incidentId: 'inc-a', id: 'ev-1', base64: Buffer.from(bytes).toString('base64') }]
    : [];
  return file;
}
// SHA-256 of the bytes 1, 2, 3, 4.
const SHA_1234 = '9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a';

describe('RestoreSection with evidence', () => {
  useFreshDB();

  it('refuses a file whose evidence was changed, in plain words, and writes nothing', async () => {
    await choose(withEvidence(Uint8Array.of(1, 2, 3, 5), SHA_1234));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain(
      '証拠のファイル「脅迫文.jpg」の中身が、記録された SHA-256 と一致しません',
    );
    expect(alert.textContent).toContain('何も変更していません');
    expect(screen.queryByRole('button', { name: /復元する/ })).toBeNull();
    expect((await readAllForBackup()).incidents).toHaveLength(0);
  });

  it('says which checks passed before restoring: hashes matched, files left out, old entries chained', async () => {
    await choose(withEvidence(Uint8Array.of(1, 2, 3, 4), SHA_1234));
    expect(
      await screen.findByText(
        /証拠のファイル 1件の SHA-256 が、記録された値と一致/,
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/対応記録で、対応経過が書き換えられていないことを確かめました/),
    ).toBeTruthy();
    // A version-1 file: its entries are chained as they are restored, and it says so.
    expect(
      screen.getByText(/以前のバージョンで作られたバックアップです。対応経過 2件に/),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    cleanup();
    await choose(withEvidence(null, SHA_1234));
    expect(
      await screen.findByText(
        /証拠 1件は、ファイルを含めずにバックアップされています/,
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
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
