import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/active';
import { useFreshDB } from '../../storage/test-db';
import { BackupPanel } from './BackupPanel';

describe('バックアップと復元: the passphrase says what it is', () => {
  useFreshDB();
  afterEach(() => setLanguage('ja'));

  it('ja: パスフレーズ, explained under the new one as the password that protects the file', async () => {
    render(<BackupPanel />);
    await userEvent.click(
      await screen.findByRole('checkbox', { name: 'パスフレーズで暗号化する（おすすめ）' }),
    );
    expect(screen.getByLabelText(/^パスフレーズ（8文字以上）/)).toBeTruthy();
    expect(
      screen.getByText(/^パスフレーズは、このファイルを守るパスワードです。復元するときに必要で、/),
    ).toBeTruthy();
  });

  it('やさしい日本語 names it あいことば（パスワード） and says what it is for', async () => {
    await setLanguage('ja-easy');
    render(<BackupPanel />);
    await userEvent.click(
      await screen.findByRole('checkbox', {
        name: 'あいことば（パスワード）で暗号化する（おすすめ）',
      }),
    );
    expect(screen.getByLabelText(/^あいことば（パスワード）：8文字以上/)).toBeTruthy();
    expect(screen.getByLabelText('あいことば（パスワード）：確認のため、もう一度')).toBeTruthy();
    expect(
      screen.getByText(
        /^あいことば（パスワード）は、このファイルを守ります。もとにもどすときに、必要です。/,
      ),
    ).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/パスフレーズ|かぎのことば/);
  });
});
