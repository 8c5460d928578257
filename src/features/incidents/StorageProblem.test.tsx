import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { STORAGE_MESSAGES } from '../../storage';
import { StorageProblem } from './StorageProblem';

beforeEach(() => useStore.setState({ storageProblem: null, applyUpdate: null }));

describe('StorageProblem', () => {
  it('records saved by a newer version: 「再読み込み」 switches to that version once', () => {
    const applyUpdate = vi.fn();
    useStore.setState({ storageProblem: STORAGE_MESSAGES.outdated, applyUpdate });
    render(<StorageProblem />);
    expect(screen.getByRole('alert').textContent).toMatch(/新しいバージョンに切り替えて/);
    fireEvent.click(screen.getByRole('button', { name: '再読み込み' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });
});
