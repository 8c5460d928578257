import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../app/store';
import { listPrep, StorageError } from '../../storage';
import { renderPart, useFreshPrep } from './test-prep';

useFreshPrep();

const form = (name: string) => screen.getByRole('form', { name });

describe('体制と連絡先', () => {
  it('turns a full-width number half-width, keeps hyphens, and offers 電話する', async () => {
    const user = userEvent.setup();
    await renderPart('contacts', '社内');
    const exec = form('経営者の連絡先');
    await user.type(within(exec).getByLabelText('氏名'), '山田 太郎');
    await user.type(within(exec).getByLabelText('電話番号'), '０９０ー１２３４ー５６７８');
    await user.click(within(exec).getByRole('button', { name: '保存' }));
    await within(exec).findByText('✓ 保存済み');
    expect(within(exec).getByLabelText<HTMLInputElement>('電話番号').value).toBe('090-1234-5678');
    const [row] = await listPrep();
    expect(row).toMatchObject({ id: 'contact:executive', phone: '090-1234-5678', email: '' });
    const call = await screen.findByRole('link', { name: /電話する：経営者 山田 太郎/ });
    expect(call.getAttribute('href')).toBe('tel:090-1234-5678');
  });

  it('refuses letters in a number with a calm message, keeps the text, stores nothing', async () => {
    const user = userEvent.setup();
    await renderPart('contacts', '社外');
    const vendor = form('保守ベンダーの連絡先');
    await user.type(within(vendor).getByLabelText('電話番号'), '03-abc');
    await user.type(within(vendor).getByLabelText('メールアドレス'), 'support@');
    await user.click(within(vendor).getByRole('button', { name: '保存' }));
    await within(vendor).findByText(/入力を確かめてください/);
    expect(within(vendor).getByText(/数字とハイフンで入力してください/)).toBeTruthy();
    expect(within(vendor).getByText(/メールアドレスの形を確かめてください/)).toBeTruthy();
    expect(within(vendor).getByLabelText<HTMLInputElement>('電話番号').value).toBe('03-abc');
    expect(within(vendor).getByLabelText('電話番号').getAttribute('aria-invalid')).toBe('true');
    expect(await listPrep()).toEqual([]);
  });

  it('refuses an address with markup with the same message as any bad address', async () => {
    const user = userEvent.setup();
    await renderPart('contacts', '社内');
    const exec = form('経営者の連絡先');
    await user.type(within(exec).getByLabelText('氏名'), '山田');
    const email = within(exec).getByLabelText<HTMLInputElement>('メールアドレス');
    // Typed as one paste: user-event would read the angle brackets as key names.
    fireEvent.input(email, { target: { value: '"><script>alert(2)</script>@x.jp' } });
    await user.click(within(exec).getByRole('button', { name: '保存' }));
    await within(exec).findByText(/入力を確かめてください/);
    expect(
      within(exec).getByText('⚠ メールアドレスの形を確かめてください（例: name@example.co.jp）。'),
    ).toBeTruthy();
    expect(email.value).toBe('"><script>alert(2)</script>@x.jp');
    expect(await listPrep()).toEqual([]);
    expect(screen.queryByRole('link', { name: /メール/ })).toBeNull();
  });

  it('saves a contact with only the insurance policy number', async () => {
    const user = userEvent.setup();
    await renderPart('contacts', '社外');
    const ins = form('サイバー保険（事故受付）の連絡先');
    await user.type(within(ins).getByLabelText('証券番号'), 'AB-123456');
    await user.click(within(ins).getByRole('button', { name: '保存' }));
    await within(ins).findByText('✓ 保存済み');
    expect(await listPrep()).toEqual([
      expect.objectContaining({ role: 'insurance', policyNumber: 'AB-123456', phone: '' }),
    ]);
  });

  it('refuses a form with nothing in it, says what to enter, and the role stays 未登録', async () => {
    const user = userEvent.setup();
    await renderPart('contacts', '社内');
    const staff = form('担当者の連絡先');
    await user.click(within(staff).getByRole('button', { name: '保存' }));
    await within(staff).findByText(/入力を確かめてください/);
    expect(
      within(staff).getByText('⚠ 名前や電話番号など、どれか一つを入力してから保存してください。'),
    ).toBeTruthy();
    expect(await listPrep()).toEqual([]);
    expect(within(staff.closest('details')!).getByText('未登録')).toBeTruthy();
  });

  it('emptying a stored contact clears it: 未登録 again, and nothing to call', async () => {
    const user = userEvent.setup();
    await renderPart('contacts', '社内');
    const staff = form('担当者の連絡先');
    const card = staff.closest('details')!;
    await user.type(within(staff).getByLabelText('氏名'), '佐藤');
    await user.type(within(staff).getByLabelText('電話番号'), '03-1234-5678');
    await user.click(within(staff).getByRole('button', { name: '保存' }));
    await within(staff).findByText('✓ 保存済み');
    expect(await within(card).findByText('佐藤')).toBeTruthy();
    expect(within(card).getByRole('link', { name: /電話する：担当者 佐藤/ })).toBeTruthy();

    await user.clear(within(staff).getByLabelText('氏名'));
    await user.clear(within(staff).getByLabelText('電話番号'));
    await user.click(within(staff).getByRole('button', { name: '保存' }));
    await within(staff).findByText('✓ 保存済み');
    expect(await within(card).findByText('未登録')).toBeTruthy();
    expect(within(card).queryByRole('link', { name: /電話する/ })).toBeNull();
  });

  it('keeps what was typed when storage fails, and says why', async () => {
    const user = userEvent.setup();
    await renderPart('contacts', '社内');
    const savePrep = useStore.getState().savePrep;
    useStore.setState({ savePrep: () => Promise.reject(new StorageError('quota')) });
    try {
      const staff = form('担当者の連絡先');
      await user.type(within(staff).getByLabelText('氏名'), '佐藤');
      await user.click(within(staff).getByRole('button', { name: '保存' }));
      await within(staff).findByText(/⚠/);
      expect(within(staff).getByLabelText<HTMLInputElement>('氏名').value).toBe('佐藤');
    } finally {
      useStore.setState({ savePrep });
    }
  });
});
