import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { TrashButton } from './TrashButton';

describe('TrashButton', () => {
  it('asks first, focuses the safe choice, and returns focus when cancelled', async () => {
    const onConfirm = vi.fn();
    render(<TrashButton onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'この対応記録を削除…' }));
    const dialog = screen.getByRole('alertdialog', { name: /ゴミ箱に移しますか/ });
    expect(dialog).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'やめる' }));
    expect(onConfirm).not.toHaveBeenCalled();

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'この対応記録を削除…' }),
    );
  });

  it('moves to the trash only on the second, explicit tap', () => {
    const onConfirm = vi.fn();
    render(<TrashButton onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'この対応記録を削除…' }));
    fireEvent.click(screen.getByRole('button', { name: 'ゴミ箱に移す' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
