import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { preload, useLoad } from './useLoad';

function Shown({ id, load }: { id: string; load: () => Promise<string> }) {
  const loaded = useLoad(id, load, { suspend: false });
  return <p>{loaded.status === 'ready' ? loaded.data : loaded.status}</p>;
}

describe('preload', () => {
  it('settles once loaded, and the page then renders the content at once', async () => {
    let loads = 0;
    const load = () => (loads++, Promise.resolve('第1段階'));
    await preload('test:ready', load);
    render(<Shown id="test:ready" load={load} />);
    expect(screen.getByText('第1段階')).toBeTruthy();
    // Loaded once: a second preload asks for nothing.
    await preload('test:ready', load);
    expect(loads).toBe(1);
  });

  it('settles without an error when the load fails, and the page tries again itself', async () => {
    let fail = true;
    const load = () =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve('届きました');
    await expect(preload('test:failed', load)).resolves.toBeUndefined();
    fail = false;
    render(<Shown id="test:failed" load={load} />);
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('届きました')).toBeTruthy();
  });
});
