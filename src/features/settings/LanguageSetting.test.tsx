import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderAt } from '../guide/test-utils';
import { useFreshDB } from '../../storage/test-db';
import { getSetting } from '../../storage';
import { useStore } from '../../app/store';
import { setLanguage } from '../../i18n/active';

useFreshDB();
afterEach(() => setLanguage('ja'));

/** What a reload starts from: the prerendered Japanese page, then the app's boot. */
async function reload(url: string) {
  cleanup();
  await setLanguage('ja');
  await useStore.getState().initLanguage();
  renderAt(url);
}

describe('the language setting', () => {
  it('switches every shown text at once, sets html lang, and is kept across a reload', async () => {
    renderAt('/settings');
    // 設定's own switcher (the header has the same one).
    const part = await screen.findByRole('region', { name: '言語 / Language' });
    const nav = screen.getByRole('navigation', { name: 'メインメニュー' });
    expect(within(nav).getByRole('link', { name: '対応記録' })).toBeTruthy();

    fireEvent.change(within(part).getByRole('combobox', { name: '言語 / Language' }), {
      target: { value: 'en' },
    });
    expect(await screen.findByText('✓ Saved')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(
      within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', {
        name: 'Records',
      }),
    ).toBeTruthy();
    expect(await getSetting('language')).toBe('en');

    await reload('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'What happened?' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ransomware' }).getAttribute('href')).toBe(
      '/playbooks/ransomware',
    );
    expect(document.documentElement.lang).toBe('en');
  });

  it('やさしい日本語 is Japanese to the browser (html lang ja)', async () => {
    renderAt('/');
    await screen.findByRole('heading', { level: 1, name: '何が起きましたか？' });
    fireEvent.change(screen.getByRole('combobox', { name: '言語 / Language' }), {
      target: { value: 'ja-easy' },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: '何がありましたか？' }),
    ).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
    await waitFor(async () => expect(await getSetting('language')).toBe('ja-easy'));
  });

  it("a first visit follows the browser's language; a stored choice wins over it", async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'ja']);
    try {
      await reload('/');
      expect(await screen.findByRole('heading', { level: 1, name: 'What happened?' })).toBeTruthy();
      expect(await getSetting('language')).toBeUndefined(); // nothing chosen yet

      languages.mockReturnValue(['ja-JP']);
      await reload('/');
      expect(
        await screen.findByRole('heading', { level: 1, name: '何が起きましたか？' }),
      ).toBeTruthy();

      await useStore.getState().chooseLanguage('en');
      await reload('/');
      expect(await screen.findByRole('heading', { level: 1, name: 'What happened?' })).toBeTruthy();
    } finally {
      languages.mockRestore();
    }
  });
});
