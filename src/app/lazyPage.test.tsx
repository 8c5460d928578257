import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { ErrorBoundary } from 'preact-iso';
import { h } from 'preact';
import { lazyPage } from './lazyPage';

describe('lazyPage', () => {
  it('a page whose chunk is gone (updated in another tab) offers 「再読み込み」 calmly', async () => {
    const Page = lazyPage(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')),
    );
    render(h(ErrorBoundary, null, h(Page as never, null)));
    expect(
      (await screen.findByRole('heading', { name: 'この画面を開けませんでした' })).textContent,
    ).toBe('この画面を開けませんでした');
    expect(screen.getByRole('button', { name: '再読み込み' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Failed to fetch/);
  });

  it('a page that loads renders as usual', async () => {
    const Page = lazyPage(() => Promise.resolve({ default: () => h('h1', null, '手引き') }));
    render(h(ErrorBoundary, null, h(Page as never, null)));
    expect(await screen.findByRole('heading', { name: '手引き' })).toBeTruthy();
  });
});
