import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { useFreshDB } from '../storage/test-db';
import SettingsPage from '../features/settings/SettingsPage';
import { InstallButton } from './InstallButton';
import { setLanguage } from '../i18n/active';

// iPhone policy: Safari may delete the site's data after 7 days without a visit unless the app
// was added to the home screen. The install guide and 設定 say so on iPhone Safari only.

useFreshDB();
afterEach(async () => {
  vi.unstubAllGlobals();
  await setLanguage('ja');
});

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36';

/** The browser: its user agent, whether it runs from the home screen, what storage says. */
function browser(userAgent: string, { standalone = false, persisted = false } = {}) {
  vi.stubGlobal('navigator', {
    ...navigator,
    userAgent,
    maxTouchPoints: 5,
    standalone,
    storage: {
      persisted: async () => persisted,
      persist: async () => persisted,
      estimate: async () => ({ usage: 2_000_000, quota: 1_000_000_000 }),
    },
  });
}

const SEVEN_DAYS = /7日間開かないと、対応記録を含むこのサイトのデータが消されることがあります/;

describe('iPhone Safari storage policy', () => {
  it('the install guide on iPhone Safari says data may be deleted after 7 days and suggests a backup', async () => {
    browser(IPHONE_SAFARI);
    render(<InstallButton />);
    await screen.findByRole('heading', { name: 'ホーム画面に追加' });
    expect(screen.getByText(SEVEN_DAYS)).toBeTruthy();
    expect(screen.getByText(/「ホーム画面に追加」/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'バックアップ' }).getAttribute('href')).toBe('/backup');
  });

  it('shows no iPhone guide once the app runs from the home screen', async () => {
    browser(IPHONE_SAFARI, { standalone: true });
    // render() flushes effects (act), so the browser check has run when it returns.
    const { container } = render(<InstallButton />);
    expect(container.textContent).toBe('');
  });

  it('設定 on iPhone Safari shows that storage is not persistent and the 7-day rule', async () => {
    browser(IPHONE_SAFARI);
    render(<SettingsPage />);
    expect(await screen.findByText(/記録は保護されていません/)).toBeTruthy();
    expect(screen.getByText(SEVEN_DAYS)).toBeTruthy();
  });

  it('設定 elsewhere shows persistence without the iPhone rule', async () => {
    browser(ANDROID_CHROME, { persisted: true });
    render(<SettingsPage />);
    expect(await screen.findByText(/ブラウザが自動で消さないよう保護されています/)).toBeTruthy();
    expect(screen.queryByText(SEVEN_DAYS)).toBeNull();
  });

  it('in English: the same steps and the same 7-day rule', async () => {
    browser(IPHONE_SAFARI);
    await setLanguage('en');
    render(<InstallButton />);
    await screen.findByRole('heading', { name: 'Add to the home screen' });
    expect(screen.getByText('“Add to Home Screen”')).toBeTruthy();
    expect(screen.getByText(/may delete this site’s data, incident records included/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'backup' }).getAttribute('href')).toBe('/backup');
  });
});
