import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import TeamPage from './TeamPage';
import { getSetting, TEAM_KEY } from '../../storage/settings';
import { useFreshDB } from '../../storage/test-db';

useFreshDB();
afterEach(() => vi.unstubAllGlobals());

async function fillAll(password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('チームのデータベース'), 'team-somu');
  await user.type(screen.getByLabelText('ユーザー名'), 'tanaka');
  await user.type(screen.getByLabelText('パスワード', { exact: true }), password);
  await user.type(screen.getByLabelText('チームの合言葉'), '青い港');
  return user;
}

describe('設定 → チーム', () => {
  it('is off by default and says what leaves the phone first', async () => {
    render(<TeamPage />);
    expect(await screen.findByRole('heading', { name: 'チームでの共有: オフ' })).toBeTruthy();
    expect(screen.getByText(/暗号化されて/)).toBeTruthy();
    expect(screen.getByText(/証拠の写真・ファイル、平時の備え/)).toBeTruthy();
    expect(screen.getByText(/5 MB を超える証拠のファイルは送らず/)).toBeTruthy();
  });

  it('an empty form: a calm message and nothing saved', async () => {
    render(<TeamPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'チームでの共有を始める' }));
    expect((await screen.findByRole('alert')).textContent).toBe('すべての欄を入力してください。');
    expect(await getSetting(TEAM_KEY)).toBeUndefined();
  });

  it('a password the server refuses: says so, keeps what was typed, saves nothing', async () => {
    const fetch = vi.fn(async () => new Response('{"error":"unauthorized"}', { status: 401 }));
    vi.stubGlobal('fetch', fetch);
    render(<TeamPage />);
    const user = await fillAll('まちがい');
    await user.click(screen.getByRole('button', { name: '接続テスト' }));
    expect((await screen.findByRole('alert', {}, { timeout: 15_000 })).textContent).toMatch(
      /ユーザー名かパスワードが違います/,
    );
    expect(fetch).toHaveBeenCalledWith(
      expect.stringMatching(/\/couchdb\/team-somu$/),
      expect.objectContaining({ credentials: 'omit' }),
    );
    expect((screen.getByLabelText('チームのデータベース') as HTMLInputElement).value).toBe(
      'team-somu',
    );
    expect(await getSetting(TEAM_KEY)).toBeUndefined();
  });

  it('no network: says the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    render(<TeamPage />);
    const user = await fillAll('pw');
    await user.click(screen.getByRole('button', { name: 'チームでの共有を始める' }));
    expect((await screen.findByRole('alert', {}, { timeout: 15_000 })).textContent).toMatch(
      /サーバーにつながりません/,
    );
    expect(await getSetting(TEAM_KEY)).toBeUndefined();
  });
});
