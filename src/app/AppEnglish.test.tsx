import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import { ErrorBoundary } from 'preact-iso';
import { h } from 'preact';
import { lazyPage } from './lazyPage';
import { PageErrorBoundary } from './PageErrorBoundary';
import { useStore } from './store';
import { renderAt } from '../features/guide/test-utils';
import { setLanguage } from '../i18n/active';
import { app } from '../i18n/ja/app';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

afterEach(async () => {
  await setLanguage('ja');
  useStore.setState({ online: true, offlineCapable: false, applyUpdate: null });
});

describe('the shell in English', () => {
  it('a screen that cannot load says so in English, with its way out', async () => {
    await setLanguage('en');
    useStore.setState({ online: true, offlineCapable: true });
    const Gone = lazyPage(() => Promise.reject(new TypeError('Failed to fetch')));
    render(h(ErrorBoundary, null, h(Gone as never, null)));
    expect(
      await screen.findByRole('heading', { name: 'This screen could not be opened' }),
    ).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('a screen that fails to render says so in English', async () => {
    await setLanguage('en');
    const Broken = () => {
      throw new Error('broken');
    };
    render(
      <PageErrorBoundary path="/x">
        <Broken />
      </PageErrorBoundary>,
    );
    expect(
      await screen.findByRole('heading', { name: 'This screen could not be shown' }),
    ).toBeTruthy();
  });

  it('an unknown path, the offline mark and the update banner in English', async () => {
    await setLanguage('en');
    renderAt('/no-such-page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to home' })).toBeTruthy();

    // The header's mark and the update banner of the same shell.
    useStore.setState({ online: false, applyUpdate: () => {} });
    expect((await screen.findByText(/Offline \(you can keep using the app\)/)).textContent).toMatch(
      /^● Offline/,
    );
    expect(await screen.findByRole('button', { name: 'Update' })).toBeTruthy();
  });
});

describe('the document title', () => {
  it('in Japanese is index.html’s (the prerendered pages keep it without a write)', () => {
    const html = readFileSync(resolve('index.html'), 'utf8');
    expect(html).toContain(`<title>${app.ja.documentTitle}</title>`);
  });

  it('follows the language on screen', async () => {
    renderAt('/');
    await waitFor(() => expect(document.title).toBe('インシデント対応ナビ'));
    await setLanguage('en');
    await waitFor(() => expect(document.title).toBe('Incident Response Navi'));
    await setLanguage('ja-easy');
    await waitFor(() => expect(document.title).toBe('インシデント対応ナビ（やさしい日本語）'));
    await setLanguage('ja');
    await waitFor(() => expect(document.title).toBe('インシデント対応ナビ'));
  });
});
