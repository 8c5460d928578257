import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { listPrep } from '../../storage';
import { renderPart, useFreshPrep } from './test-prep';

useFreshPrep();

describe('会社の情報', () => {
  it('saves the company and says 保存済み only after the commit', async () => {
    const user = userEvent.setup();
    await renderPart('company', '会社の情報');
    await user.type(screen.getByLabelText('事業者名'), '  株式会社サンプル製作所 ');
    await user.type(screen.getByLabelText('所在地'), '東京都千代田区');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('✓ 保存済み');
    const [row] = await listPrep();
    expect(row).toMatchObject({
      kind: 'company',
      name: '株式会社サンプル製作所',
      address: '東京都千代田区',
      industry: '',
    });
  });

  it('allows every field to stay empty', async () => {
    const user = userEvent.setup();
    await renderPart('company', '会社の情報');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('✓ 保存済み');
    expect(await listPrep()).toEqual([expect.objectContaining({ kind: 'company', name: '' })]);
  });
});
