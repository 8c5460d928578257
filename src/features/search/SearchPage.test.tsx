import { describe, it, expect } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { renderAt } from '../guide/test-utils';

describe('SearchPage', () => {
  it('「バックアップ」 finds the ransomware backup guidance, highlighted, linking to its place', async () => {
    renderAt('/search');
    const input = await screen.findByRole('searchbox', { name: '調べたい言葉' });
    fireEvent.input(input, { target: { value: 'バックアップ' } });
    const link = await screen.findByRole(
      'link',
      { name: /データ等のバックアップを行っている場合は/ },
      { timeout: 5000 },
    );
    expect(link.getAttribute('href')).toBe('/playbooks/ransomware#ransomware-restore-backup');
    expect(within(link).getByText('バックアップ', { selector: 'mark' })).toBeTruthy();
    expect(link.textContent).toMatch(/ランサムウェア › 復旧・再発防止 › 調査・対応/);
    expect(screen.getByRole('status').textContent).toMatch(/件見つかりました/);
  });

  it('says so when nothing matches', async () => {
    renderAt('/search?q=zzzzqqq');
    const status = await screen.findByRole('status', undefined, { timeout: 5000 });
    await waitFor(() => expect(status.textContent).toBe('「zzzzqqq」は見つかりませんでした。'), {
      timeout: 5000,
    });
    expect(screen.queryAllByRole('link', { name: /zzzzqqq/ })).toEqual([]);
  });

  it('offers もしかして on 0 hits; its word searches again', async () => {
    renderAt('/search?q=ランサムウエア');
    await screen.findByText(/「ランサムウエア」は見つかりませんでした/, undefined, {
      timeout: 5000,
    });
    fireEvent.click(screen.getByRole('button', { name: 'ランサムウェア' }));
    expect(await screen.findByText(/件見つかりました/, undefined, { timeout: 5000 })).toBeTruthy();
  });

  it("finds the app's own screens beside the guide", async () => {
    renderAt('/search?q=個情委');
    const screenLink = await screen.findByRole(
      'link',
      { name: /アプリの画面.*報告・届出/ },
      { timeout: 5000 },
    );
    expect(screenLink.getAttribute('href')).toBe('/incidents');
    expect(
      screen
        .getAllByRole('link')
        .some((a) => a.getAttribute('href') === '/playbooks/leak#leak-report-to-ppc'),
    ).toBe(true);
  });
});
