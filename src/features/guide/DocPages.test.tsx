import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { renderAt } from './test-utils';
import { setLanguage } from '../../i18n/active';

afterEach(() => setLanguage('ja'));

const h1 = (name: RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

describe('the guide pages in English', () => {
  it('intro: headings and paragraphs in English, the guide’s Japanese one tap away', async () => {
    await setLanguage('en');
    renderAt('/guide/intro');
    await h1(/^Security Incident Response Guide for Small and Medium-sized Enterprises/);
    const purpose = screen.getByRole('region', { name: 'The purpose of incident response' });
    expect(within(purpose).getByText(/^To keep the business going/)).toBeTruthy();
    const ja = 'インシデント発生による被害とその影響範囲を最小限に抑え';
    expect(within(purpose).queryByText(new RegExp(ja))).toBeNull();
    fireEvent.click(within(purpose).getByRole('button', { name: /原文/ }));
    expect(within(purpose).getByText(new RegExp(ja)).getAttribute('lang')).toBe('ja');
  });

  it('record items: every label in English', async () => {
    await setLanguage('en');
    renderAt('/guide/record-items');
    await h1(/^Items to organize when responding to an incident$/);
    for (const term of ['Type of incident', 'Discovered on', 'Probable cause', 'When', 'How'])
      expect(screen.getByText(term)).toBeTruthy();
    expect(screen.queryByText('発覚日時')).toBeNull();
  });

  it('notes and references: headings in English, official names with the Japanese beside', async () => {
    await setLanguage('en');
    const { unmount } = renderAt('/guide/notes');
    await h1(/^Glossary$/);
    expect(screen.getByRole('heading', { level: 2, name: '※2 Clean installation' })).toBeTruthy();
    unmount();
    renderAt('/guide/references');
    await h1(/^Useful resources for incident response$/);
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: /^Incident Handling Manual \(インシデントハンドリングマニュアル\), JPCERT\/CC$/,
      }),
    ).toBeTruthy();
  });

  it('the basic steps as the guide prints them: titles and steps in English', async () => {
    await setLanguage('en');
    renderAt('/guide/basic');
    await h1(/^Basic steps of incident response$/);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Step 2: Reporting and public announcement' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Preserving evidence' })).toBeTruthy();
    const step = document.getElementById('basic-compensate')!;
    expect(
      within(step).getByText('Where needed, compensate the victims for their losses.'),
    ).toBeTruthy();
  });

  it('a note (※) inside a step explains itself in English', async () => {
    await setLanguage('en');
    renderAt('/guide/ransomware');
    await h1(/ランサムウェア感染の場合|ransomware/i);
    const item = document.getElementById('ransomware-report-ransom-message')!;
    const note = await within(item).findByText(/^A general term for malicious programs/);
    expect(note.closest('details')).toBeTruthy();
    expect(within(item).queryByText(/不正プログラムの総称です/)).toBeNull();
  });
});
