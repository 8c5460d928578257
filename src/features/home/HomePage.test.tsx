import { afterEach, describe, it, expect } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { renderAt } from '../guide/test-utils';
import { setLanguage } from '../../i18n/active';
import { getLanguageChoice } from '../../storage';

const h1 = (name: RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

afterEach(() => setLanguage('ja'));

describe('HomePage', () => {
  it('offers the language in one tap, labelled in both languages; the choice is kept', async () => {
    renderAt('/');
    await h1(/何が起きましたか/);
    const select = screen.getByRole('combobox', { name: '言語 / Language' });
    expect(screen.getByText('言語 / Language').tagName).toBe('LABEL');
    fireEvent.change(select, { target: { value: 'en' } });
    await h1(/What happened\?/);
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Ransomware' }).getAttribute('href')).toBe(
      '/playbooks/ransomware',
    );
    await expect.poll(() => getLanguageChoice()).toBe('en');
  });

  it('offers a large button for each incident type and for まだわからない', async () => {
    renderAt('/');
    await h1(/何が起きましたか/);
    for (const [name, href] of [
      ['ウイルス感染', '/playbooks/virus'],
      ['ランサムウェア', '/playbooks/ransomware'],
      ['システム停止', '/playbooks/outage'],
    ])
      expect(screen.getByRole('link', { name }).getAttribute('href')).toBe(href);
    expect(screen.getByRole('link', { name: /まだわからない/ }).getAttribute('href')).toBe(
      '/triage',
    );
    expect(screen.getByRole('link', { name: '手引きを検索' }).getAttribute('href')).toBe('/search');
    expect(screen.getByRole('link', { name: '対応記録を見る' }).getAttribute('href')).toBe(
      '/incidents',
    );
  });

  it('情報漏えい asks for the cause first', async () => {
    renderAt('/');
    await h1(/何が起きましたか/);
    const leak = screen.getByRole('button', { name: /情報漏えい/ });
    expect(leak.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: '内部犯行' })).toBeNull();
    fireEvent.click(leak);
    expect(leak.getAttribute('aria-expanded')).toBe('true');
    const causes = screen.getByRole('list', { name: '原因はどれですか？' });
    const href = (name: string) => within(causes).getByRole('link', { name }).getAttribute('href');
    expect(href('不正アクセス')).toBe('/playbooks/leak?cause=unauthorized-access');
    expect(href('内部犯行')).toBe('/playbooks/leak?cause=insider');
    expect(href('メール誤送信・Web誤公開')).toBe('/playbooks/leak?cause=misdelivery');
    expect(href('紛失・置忘れ')).toBe('/playbooks/leak?cause=loss');
    expect(href('わからない')).toBe('/playbooks/leak');
  });

  it('まだわからない → the basic first action and the triage → the right playbook', async () => {
    renderAt('/');
    await h1(/何が起きましたか/);
    fireEvent.click(screen.getByRole('link', { name: /まだわからない/ }));
    await h1(/まだわからないとき/);
    expect(screen.getByText(/ネットワークの遮断、情報や対象機器の隔離/)).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: /基本ステップ（どのインシデントにも共通/ })
        .getAttribute('href'),
    ).toBe('/playbooks/basic');
    const cues = screen.getByRole('list', { name: /次のどれかに当てはまりますか/ });
    expect(within(cues).getAllByRole('link').length).toBeGreaterThanOrEqual(10);
    fireEvent.click(within(cues).getByRole('link', { name: /身代金を要求するようなメッセージ/ }));
    await h1(/ランサムウェア感染の場合/);
    expect(
      screen.getByText(/ネットワークから切り離します。/, { selector: '.urgent-text' }),
    ).toBeTruthy();
  });

  it('the ransom-note path: one tap on ランサムウェア shows ネットワークから切り離す first', async () => {
    renderAt('/');
    await h1(/何が起きましたか/);
    fireEvent.click(screen.getByRole('link', { name: 'ランサムウェア' }));
    await h1(/ランサムウェア感染の場合/);
    const urgent = screen.getByRole('region', { name: 'まず、すぐに' });
    expect(urgent.textContent).toMatch(/ネットワークから切り離します/);
    expect(urgent.textContent).toMatch(/電源を切る等、不用意な操作で/);
  });
});
