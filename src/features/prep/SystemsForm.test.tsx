import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { listPrep } from '../../storage';
import { renderPart, useFreshPrep } from './test-prep';

useFreshPrep();

describe('システムと情報', () => {
  it('saves systems, personal data, backups and how to cut the network', async () => {
    const user = userEvent.setup();
    await renderPart('systems', 'システムと情報');
    await user.type(screen.getByLabelText('個人情報の保管場所'), '顧客名簿（販売管理サーバ）');
    await user.type(screen.getByLabelText('個人情報のおおよその人数'), '約3,000人');
    await user.selectOptions(screen.getByLabelText('クレジットカード情報を持っているか'), 'no');
    await user.selectOptions(
      screen.getByLabelText('ネットワークから切り離したバックアップのコピー'),
      'yes',
    );
    await user.type(
      screen.getByLabelText('ネットワークの切り方'),
      '2階のルーターの電源ではなくLANケーブルを抜く',
    );
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('✓ 保存済み');
    expect(await listPrep()).toEqual([
      expect.objectContaining({
        kind: 'systems',
        personalCount: '約3,000人',
        cardData: 'no',
        myNumber: '',
        offlineCopy: 'yes',
        networkCut: '2階のルーターの電源ではなくLANケーブルを抜く',
      }),
    ]);
  });
});
