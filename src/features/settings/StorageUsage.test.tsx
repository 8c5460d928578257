import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { useFreshDB } from '../../storage/test-db';
import { getDB } from '../../storage/db';
import { setLanguage } from '../../i18n/active';
import SettingsPage from './SettingsPage';

// 設定 shows what the app stores (the browser's estimate and the evidence in it), and warns
// from 80 % of the quota on.

useFreshDB();
afterEach(async () => {
  vi.unstubAllGlobals();
  await setLanguage('ja');
});

/** A browser whose storage estimate says `usage` of `quota` bytes. */
function estimate(usage: number, quota: number) {
  vi.stubGlobal('navigator', {
    ...navigator,
    storage: {
      persisted: async () => true,
      persist: async () => true,
      estimate: async () => ({ usage, quota }),
    },
  });
}

const evidence = (id: string, size: number) => ({
  id,
  incidentId: 'inc-1',
  name: `${id}.jpg`,
  type: 'image/jpeg',
  size,
  sha256: 'a'.repeat(64),
  capturedAt: '2026-11-24T00:00:00.000Z',
  by: '',
  note: '',
  timelineId: `t-${id}`,
});

describe('設定: storage usage', () => {
  it('shows usage, the share of the quota and the evidence total, without a warning below 80 %', async () => {
    estimate(79 * 1_048_576, 100 * 1_048_576);
    const db = await getDB();
    await db.put('evidence', evidence('a', 3 * 1_048_576));
    await db.put('evidence', evidence('b', 1_048_576));
    render(<SettingsPage />);
    expect(
      await screen.findByText(/使用量: 79.0 MB（使える量の目安: 100.0 MB、79 %）/),
    ).toBeTruthy();
    expect(await screen.findByText('うち証拠の写真・ファイル: 2件、4.0 MB')).toBeTruthy();
    expect(screen.queryByText(/保存できる量の/)).toBeNull();
  });

  it('warns plainly from 80 % of the quota on', async () => {
    estimate(80 * 1_048_576, 100 * 1_048_576);
    render(<SettingsPage />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('⚠ 保存できる量の 80 % を使っています。');
    expect(alert.textContent).toContain('新しい写真や記録を保存できなくなります');
  });
});

describe('設定: storage usage in English', () => {
  it('words the sizes in English', async () => {
    await setLanguage('en');
    estimate(900, 100 * 1_048_576);
    const db = await getDB();
    await db.put('evidence', evidence('a', 300));
    render(<SettingsPage />);
    expect(await screen.findByText(/^In use: 900 bytes/)).toBeTruthy();
    expect(
      await screen.findByText('Of which evidence photos and files: 1 item, 300 bytes'),
    ).toBeTruthy();
    expect(screen.queryByText(/バイト/)).toBeNull();
  });
});
