import { act, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readAllForBackup } from '../../storage/backup-repo';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import { getDB } from '../../storage/db';
import { BackupPanel } from './BackupPanel';
import { BackupReminder } from './BackupReminder';
import { useStore } from '../../app/store';

const fixture = (name: string) =>
  new File([readFileSync(resolve('tests/fixtures/backups', name))], name, {
    type: 'application/json',
  });

describe('BackupPanel', () => {
  useFreshDB();
  let saved: Blob[];
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      saved.push(b);
      return 'blob:x';
    }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });

  it('restores a backup file and reports what was added', async () => {
    render(<BackupPanel />);
    await userEvent.upload(
      screen.getByLabelText('バックアップファイルを選ぶ'),
      fixture('valid-v1.json'),
    );
    expect(
      await screen.findByText(/2026\/11\/25.*対応記録 2件/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'この端末に復元する' }));
    expect(await screen.findByText(/追加: 対応記録 2件/, {}, { timeout: 5000 })).toBeTruthy();
    expect((await readAllForBackup()).incidents).toHaveLength(2);
  });

  it('asks for the passphrase of an encrypted file; a wrong one changes nothing', async () => {
    render(<BackupPanel />);
    await userEvent.upload(
      screen.getByLabelText('バックアップファイルを選ぶ'),
      fixture('valid-v1.encrypted.json'),
    );
    const pass = await screen.findByLabelText('パスフレーズ', {}, { timeout: 5000 });
    await userEvent.type(pass, 'まちがい');
    await userEvent.click(screen.getByRole('button', { name: 'ファイルを開く' }));
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toContain(
      'パスフレーズが違うか',
    );
    expect((await readAllForBackup()).incidents).toHaveLength(0);
    await userEvent.clear(pass);
    await userEvent.type(pass, 'テスト用 passphrase 2026');
    await userEvent.click(screen.getByRole('button', { name: 'ファイルを開く' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'この端末に復元する' }, { timeout: 5000 }),
    );
    expect(await screen.findByText(/追加: 対応記録 2件/, {}, { timeout: 5000 })).toBeTruthy();
  });

  it('refuses a hostile file with a clear message', async () => {
    render(<BackupPanel />);
    await userEvent.upload(
      screen.getByLabelText('バックアップファイルを選ぶ'),
      fixture('hostile-proto.json'),
    );
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('正しくない部分があります');
    expect(alert.textContent).toContain('何も変更していません');
    expect(screen.queryByRole('button', { name: 'この端末に復元する' })).toBeNull();
  });

  it('saves an encrypted backup and the reminder goes away', async () => {
    await createIncident({ title: 'A', types: [], causes: [], by: '', log: '開始' });
    const { unmount } = render(<BackupReminder />);
    expect(
      await screen.findByRole('complementary', { name: 'バックアップのおすすめ' }),
    ).toBeTruthy();
    expect(screen.getByText(/まだバックアップをしていません/)).toBeTruthy();
    unmount();

    render(<BackupPanel />);
    await userEvent.click(screen.getByLabelText('パスフレーズで暗号化する（おすすめ）'));
    await userEvent.type(screen.getByLabelText(/^パスフレーズ（8文字/), 'long enough pass');
    await userEvent.click(screen.getByRole('button', { name: 'ファイルに保存' }));
    expect(await screen.findByText('確認のパスフレーズが一致しません。')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('パスフレーズ（確認）'), 'long enough pass');
    await userEvent.click(screen.getByRole('button', { name: 'ファイルに保存' }));
    expect(
      await screen.findByText(/保存しました.*対応記録 1件/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    const text = await saved[0]!.text();
    expect(JSON.parse(text)).toMatchObject({ format: 'incident-navi-backup-encrypted' });
    expect(text).not.toContain('"title"');

    const backupStatus = useStore.getState().backupStatus;
    let asked: ReturnType<typeof backupStatus> | undefined;
    useStore.setState({ backupStatus: () => (asked = backupStatus()) });
    try {
      render(<BackupReminder />);
      // Settled: the status the reminder asked for has answered (nothing changed) and is rendered.
      await waitFor(() => expect(asked).toBeDefined());
      await act(async () => void (await asked));
      expect((await asked!).changed).toBe(0);
      expect(screen.queryByRole('complementary', { name: 'バックアップのおすすめ' })).toBeNull();
    } finally {
      useStore.setState({ backupStatus });
    }
  });

  it('offers a backup without the evidence files when they are large, and keeps their records', async () => {
    const { incident } = await createIncident({
      title: 'A',
      types: [],
      causes: [],
      by: '',
      log: '開始',
    });
    // A large photo's record (its bytes are not needed to decide).
    await (
      await getDB()
    ).put('evidence', {
      id: 'ev-1',
      incidentId: incident.id,
      name: '画面.jpg',
      type: 'image/jpeg',
      size: 30 * 1024 * 1024,
      sha256: 'a'.repeat(64),
      capturedAt: new Date().toISOString(),
      by: '',
      note: '',
      timelineId: 'tl-x',
    });
    render(<BackupPanel />);
    const box = await screen.findByRole('checkbox', {
      name: /証拠の写真・ファイルも含める（1件、30.0 MB）/,
    });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/証拠のファイルが大きい（20.0 MB 以上）ため/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'ファイルに保存' }));
    expect(
      await screen.findByText(/保存しました.*ファイルを含めない証拠 1件/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    const file = JSON.parse(await saved[0]!.text()) as {
      formatVersion: number;
      data: Record<string, unknown[]>;
    };
    expect(file.formatVersion).toBe(2);
    expect(file.data.evidence).toHaveLength(1);
    expect(file.data.evidenceFiles).toEqual([]);
  });
});
