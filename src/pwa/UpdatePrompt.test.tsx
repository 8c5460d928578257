import { describe, it, expect, vi, beforeEach } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/preact';
import { useStore } from '../app/store';
import { OfflineReadyNote, UpdatePrompt } from './UpdatePrompt';
import { OfflineIndicator } from './OfflineIndicator';

beforeEach(() => {
  useStore.setState({
    applyUpdate: null,
    offlineReady: false,
    online: true,
    offlineCapable: false,
  });
});

describe('UpdatePrompt', () => {
  it('shows nothing while there is no news', () => {
    const { container } = render(<UpdatePrompt />);
    expect(container.textContent).toBe('');
  });

  it('offers 「更新」 for a waiting version and applies it only on tap', () => {
    const apply = vi.fn();
    useStore.setState({ applyUpdate: apply });
    render(<UpdatePrompt />);
    expect(screen.getByText(/新しいバージョンがあります/)).toBeTruthy();
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '更新' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('says once installed that the app works offline, and can be dismissed', () => {
    useStore.setState({ offlineReady: true });
    render(<OfflineReadyNote />);
    expect(screen.getByRole('status').textContent).toMatch(/オフラインでも使えるようになりました/);
    fireEvent.click(screen.getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('OfflineIndicator', () => {
  it('appears only when offline, in words', () => {
    const { rerender } = render(<OfflineIndicator />);
    expect(screen.queryByText(/オフライン/)).toBeNull();
    useStore.setState({ online: false });
    rerender(<OfflineIndicator />);
    expect(screen.getByRole('status').textContent).toMatch(/オフライン（このまま使えます）/);
  });

  it('marks in the header, in words, once everything works offline', () => {
    const { rerender } = render(<OfflineIndicator />);
    expect(screen.queryByText(/オフライン対応/)).toBeNull();
    useStore.setState({ offlineCapable: true });
    rerender(<OfflineIndicator />);
    // The words span elements (the narrowest phones show 「✓ オフライン」): match the mark whole.
    const mark = screen.getByText(
      (_, el) => el?.tagName === 'P' && /オフライン対応/.test(el.textContent ?? ''),
    );
    expect(mark.textContent).toMatch(
      /✓ オフライン対応：ネットワークがなくても全ての画面が使えます/,
    );
  });
});
