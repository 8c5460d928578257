import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { listPrep } from '../../storage';
import { readUnsaved, unsavedKey } from '../../ui/unsaved-text';
import { LEAVE_QUESTION } from '../../ui/useLeaveGuard';
import { renderPart, useFreshPrep } from './test-prep';

useFreshPrep();
beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

const LONG_NAME = 'あ'.repeat(10_000);
const staffForm = () => screen.getByRole('form', { name: '担当者の連絡先' });
const field = (label: string) => within(staffForm()).getByLabelText<HTMLInputElement>(label);
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });

/** Leaves the page as a reload does: the view goes, the store is read again. */
async function reload() {
  cleanup();
  useStore.setState({ prep: null, prepError: null });
  await renderPart('contacts', '社内');
}

describe('unsaved 備え input', () => {
  it('survives a reload after a refused save, comes back with a notice, and goes once saved', async () => {
    await renderPart('contacts', '社内');
    type('氏名', LONG_NAME);
    type('電話番号', '０３－１２３４－５６７８ 内線');
    fireEvent.click(within(staffForm()).getByRole('button', { name: '保存' }));
    await within(staffForm()).findByText(/入力を確かめてください/);
    expect(
      within(staffForm()).getByText(/500文字以内にしてください（いま 10,000文字）/),
    ).toBeTruthy();
    expect(await listPrep()).toEqual([]);

    await reload();
    expect(field('氏名').value).toBe(LONG_NAME);
    expect(field('電話番号').value).toBe('03-1234-5678内線');
    within(staffForm()).getByText(/前回保存していなかった入力を戻しました/);
    within(staffForm()).getByText('未保存の変更があります');
    expect(await listPrep()).toEqual([]);

    type('氏名', '佐藤 花子');
    type('電話番号', '03-1234-5678');
    fireEvent.click(within(staffForm()).getByRole('button', { name: '保存' }));
    await within(staffForm()).findByText('✓ 保存済み');
    expect(within(staffForm()).queryByText(/前回保存していなかった入力/)).toBeNull();
    expect(readUnsaved(unsavedKey('prep', 'contact:staff'))).toBeNull();
    expect(await listPrep()).toEqual([
      expect.objectContaining({ role: 'staff', name: '佐藤 花子', phone: '03-1234-5678' }),
    ]);

    await reload();
    expect(field('氏名').value).toBe('佐藤 花子');
    expect(within(staffForm()).queryByText(/前回保存していなかった入力/)).toBeNull();
  });

  it('keeps each keystroke on the device before any save is tried', async () => {
    await renderPart('contacts', '社内');
    type('氏名', '佐藤');
    type('電話番号', '090');
    await reload();
    expect(field('氏名').value).toBe('佐藤');
    expect(field('電話番号').value).toBe('090');
  });

  it('forgets a kept draft that says what is already stored', async () => {
    await renderPart('contacts', '社内');
    type('氏名', '佐藤');
    type('氏名', '');
    await reload();
    expect(within(staffForm()).queryByText(/前回保存していなかった入力/)).toBeNull();
    expect(readUnsaved(unsavedKey('prep', 'contact:staff'))).toBeNull();
  });

  it('asks before leaving while unsaved (a link or a reload), and not once saved', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await renderPart('contacts', '社内');
    const link = screen.getByRole('link', { name: '会社の情報' });
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(fireEvent.click(link)).toBe(true);
    expect(unload()).toBe(false);
    expect(confirm).not.toHaveBeenCalled();

    type('氏名', '佐藤');
    // Refused: the click does not reach the router, the screen stays.
    expect(fireEvent.click(link)).toBe(false);
    expect(confirm).toHaveBeenCalledWith(LEAVE_QUESTION);
    expect(unload()).toBe(true);

    confirm.mockReturnValue(true);
    expect(fireEvent.click(link)).toBe(true);

    fireEvent.click(within(staffForm()).getByRole('button', { name: '保存' }));
    await within(staffForm()).findByText('✓ 保存済み');
    confirm.mockClear();
    expect(fireEvent.click(link)).toBe(true);
    expect(unload()).toBe(false);
    expect(confirm).not.toHaveBeenCalled();
  });
});
