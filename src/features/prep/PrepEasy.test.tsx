import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { setLanguage } from '../../i18n/active';
import { renderAt } from '../guide/test-utils';
import CardPage from './CardPage';
import PrepPage from './PrepPage';
import { renderPart, useFreshPrep } from './test-prep';

useFreshPrep();
afterEach(() => setLanguage('ja'));

/** The parts of ふだんの準備, named one way wherever やさしい日本語 names them. */
const PARTS = [
  '会社の情報',
  '対応する人と連絡先',
  'システムと情報',
  '準備のチェック',
  '緊急カード（印刷）',
];

describe('ふだんの準備 in やさしい日本語: one name for each thing', () => {
  it('the overview names the section, the score and the parts', async () => {
    await setLanguage('ja-easy');
    render(<PrepPage />);
    await screen.findByRole('heading', { level: 1, name: 'ふだんの準備' });
    await screen.findByText(/^準備のチェック: \d+項目のうち 0項目ができています。$/);
    for (const name of PARTS) expect(screen.getByRole('link', { name })).toBeTruthy();
    expect(screen.queryByText(/平時の備え|備えの点検/)).toBeNull();
  });

  it('設定 names ふだんの準備 and lists its parts by the same names', async () => {
    await setLanguage('ja-easy');
    renderAt('/settings');
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: 'ふだんの準備' },
      { timeout: 5000 },
    );
    const text = heading.nextElementSibling!.textContent!;
    for (const name of PARTS) expect(text).toContain(name);
    expect(screen.getByRole('link', { name: 'ふだんの準備を開く' })).toBeTruthy();
  });

  it('準備のチェック: its heading, its button and the links to てびき named as the guide names them', async () => {
    await setLanguage('ja-easy');
    await renderPart('check', '準備のチェック');
    expect(screen.getByRole('heading', { level: 1, name: '準備のチェック' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'チェックを記録する' })).toBeTruthy();
    expect(
      screen.getAllByRole('link', { name: 'はじめの手順「対応するチームをつくる」' }).length,
    ).toBeGreaterThan(0);
    expect(
      screen.getAllByRole('link', { name: 'ランサムウェアに感染したとき「バックアップのしかた」' })
        .length,
    ).toBeGreaterThan(0);
    expect(screen.queryAllByRole('link', { name: /基本ステップ|手引き/ })).toEqual([]);
    expect(screen.queryByText(/^手引き/)).toBeNull();
  });

  it('緊急カード names each incident type as the guide and the triage do', async () => {
    await setLanguage('ja-easy');
    render(<CardPage />);
    const card = await screen.findByRole('article', { name: '緊急カード（印刷する内容）' });
    for (const name of [
      'ウイルスに感染したとき',
      'ランサムウェアに感染したとき',
      '情報がもれたとき',
      'システムが止まったとき',
      'まだわからないとき',
    ])
      expect(await within(card).findByText(name)).toBeTruthy();
    expect(within(card).queryByText(/^(ウイルス感染|情報漏えい|システム停止)$/)).toBeNull();
  });
});
