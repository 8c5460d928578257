import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { ErrorBoundary } from 'preact-iso';
import { h } from 'preact';
import { lazyPage } from './lazyPage';
import { useStore } from './store';

const gone = () =>
  lazyPage(() =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')),
  );

/** Whether a service worker controls the page (its install step is stored). */
function controlled(yes: boolean) {
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller: yes ? {} : null },
  });
}

beforeEach(() => useStore.setState({ online: true, offlineCapable: true }));
afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('lazyPage', () => {
  it('a page whose chunk is gone (updated in another tab) offers 「再読み込み」 calmly', async () => {
    render(h(ErrorBoundary, null, h(gone() as never, null)));
    expect(
      (await screen.findByRole('heading', { name: 'この画面を開けませんでした' })).textContent,
    ).toBe('この画面を開けませんでした');
    expect(screen.getByRole('button', { name: '再読み込み' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Failed to fetch/);
  });

  it('offline before every screen is stored: says so and offers the stored screens, not a reload', async () => {
    useStore.setState({ online: false, offlineCapable: false });
    controlled(true);
    render(h(ErrorBoundary, null, h(gone() as never, null)));
    await screen.findByRole('heading', { name: 'この画面はまだこの端末に保存されていません' });
    expect(screen.getByRole('alert').textContent).toContain('オフライン対応」が出る前に');
    expect(screen.getByRole('link', { name: /ホーム/ }).getAttribute('href')).toBe('/');
    expect(
      screen.getByRole('link', { name: '新しく対応の記録を始める' }).getAttribute('href'),
    ).toBe('/incidents/new');
    expect(screen.getByRole('link', { name: '連絡先・相談窓口' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '再読み込み' })).toBeNull();
  });

  it('offline with nothing stored yet: says to open it again once connected', async () => {
    useStore.setState({ online: false, offlineCapable: false });
    controlled(false);
    render(h(ErrorBoundary, null, h(gone() as never, null)));
    await screen.findByRole('heading', { name: 'この画面はまだこの端末に保存されていません' });
    expect(screen.getByRole('alert').textContent).toContain('まだどの画面も保存されていません');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('online, a missing screen is a new version or a glitch: 「再読み込み」, not a cut network', async () => {
    useStore.setState({ online: true, offlineCapable: false });
    controlled(true);
    render(h(ErrorBoundary, null, h(gone() as never, null)));
    await screen.findByRole('heading', { name: 'この画面を開けませんでした' });
    expect(screen.getByRole('button', { name: '再読み込み' })).toBeTruthy();
    expect(screen.queryByText(/通信が切れた/)).toBeNull();
  });

  it('a page that loads renders as usual', async () => {
    const Page = lazyPage(() => Promise.resolve({ default: () => h('h1', null, '手引き') }));
    render(h(ErrorBoundary, null, h(Page as never, null)));
    expect(await screen.findByRole('heading', { name: '手引き' })).toBeTruthy();
  });
});
