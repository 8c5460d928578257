import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { content, fullSnapshot } from '../../export/test-fixtures';
import { setLanguage } from '../../i18n/active';
import { getDB } from '../../storage/db';
import { useFreshDB } from '../../storage/test-db';
import SharePage from './SharePage';

vi.mock('./share-data', () => ({
  loadShareData: vi.fn(async (id: string) =>
    id === fullSnapshot.incident.id ? { snapshot: fullSnapshot, content } : null,
  ),
}));

useFreshDB();

/** Japanese script outside parentheses (a Japanese term beside its English is intended). */
const japaneseOutsideParentheses = (text: string) =>
  /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text.replace(/\([^)]*\)/g, ''));

describe('共有・出力 in English', () => {
  beforeEach(async () => {
    await (await getDB()).put('incidents', { ...fullSnapshot.incident });
    await setLanguage('en');
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn(async () => {}) },
      configurable: true,
    });
  });
  afterEach(async () => {
    await setLanguage('ja');
    vi.restoreAllMocks();
  });

  const open = async () => {
    render(<SharePage id={fullSnapshot.incident.id} />);
    return (await screen.findByLabelText(/^Text/)) as HTMLTextAreaElement;
  };
  const ready = () =>
    waitFor(() =>
      expect(screen.getByRole('button', { name: 'Copy' })).toHaveProperty('disabled', false),
    );

  it('shows the page in English and makes the summary in English by default', async () => {
    const box = await open();
    await ready();
    expect(screen.getByRole('heading', { level: 2, name: 'Share and export' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Summary (short)' })).toHaveProperty('checked', true);
    const language = screen.getByRole('group', { name: 'Language of this document' });
    expect(within(language).getByRole('radio', { name: 'English' })).toHaveProperty(
      'checked',
      true,
    );
    expect(box.value).toMatch(/^\[Incident summary\] 経理PCのランサムウェア感染/);
    expect(box.value).toContain('Status: In progress');
    expect(box.lang).toBe('en');
    for (const name of ['Share', 'Copy', 'Save as a file', 'Print', 'Save the encrypted file'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    // Headings, buttons and choices of this page: nothing in Japanese only.
    const names = [
      ...screen.getAllByRole('heading', { level: 2 }),
      ...screen.getAllByRole('button'),
      ...screen.getAllByRole('radio'),
    ].map((e) => (e.tagName === 'INPUT' ? e.closest('label') : e)?.textContent ?? '');
    expect(names).toContain('Summary (short)');
    const languageNames = ['日本語', 'やさしい日本語'];
    expect(
      names.filter((n) => !languageNames.includes(n) && japaneseOutsideParentheses(n)),
    ).toEqual([]);
  });

  it('a 第一報 stays Japanese, and the page says why', async () => {
    const box = await open();
    await ready();
    await userEvent.click(
      screen.getByRole('radio', { name: 'First notice to customers and partners (第一報)' }),
    );
    await waitFor(() => expect(box.value).toContain('件名: 【第一報】'));
    expect(box.lang).toBe('ja');
    expect(
      screen.getByText(
        'This draft stays in Japanese: it is addressed to a Japanese authority or partner.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Language of this document' })).toBeNull();
    // Placeholders remain in the letter: the question is asked in English.
    await ready();
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/Do you want to copy it as it is\?/);
    expect(within(dialog).getByRole('button', { name: 'Go back and fill in' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Yes, copy as it is' })).toBeTruthy();
  });

  it('a summary can be made in Japanese from the English page', async () => {
    const box = await open();
    await ready();
    await userEvent.click(screen.getByRole('radio', { name: '日本語' }));
    await waitFor(() =>
      expect(box.value).toContain('【インシデント概要】経理PCのランサムウェア感染'),
    );
    expect(box.value).toContain('状況: 対応中');
    expect(box.lang).toBe('ja');
  });
});
