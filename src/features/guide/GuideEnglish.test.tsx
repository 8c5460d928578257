import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/preact';
import { japaneseLeft, renderAt } from './test-utils';
import { setLanguage } from '../../i18n/active';

afterEach(() => setLanguage('ja'));

const h1 = (name: string | RegExp) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

describe('手引き in English', () => {
  it('the contents name every part in English', async () => {
    await setLanguage('en');
    renderAt('/guide');
    await h1('Guide');
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    expect(
      within(toc).getByRole('link', { name: 'Ransomware infection' }).getAttribute('href'),
    ).toBe('/guide/ransomware');
    expect(screen.getByRole('link', { name: 'Search the guide' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });

  it('a playbook: its steps, phases, sections and controls in English', async () => {
    await setLanguage('en');
    renderAt('/playbooks/ransomware');
    await h1('In case of a ransomware infection');
    const phases = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent)
      .filter((t) => /^Step \d/.test(t ?? ''));
    expect(phases).toEqual([
      'Step 1 Detection and first response',
      'Step 2 Reporting and disclosure',
      'Step 3 Recovery and prevention',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: 'First report (第一報)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start the response (keep a record)' })).toBeTruthy();
    const item = document.getElementById('ransomware-isolate')!;
    expect(within(item).getByText('From: Ransomware')).toBeTruthy();
    const notify = document.getElementById('ransomware-notify-ipa')!;
    // The playbooks' renderings arrive in a chunk of their own.
    expect(
      await within(notify).findByRole('link', {
        name: /^Contact: Reporting desks for computer viruses/,
      }),
    ).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });

  it('情報漏えい narrowed to a cause names the cause in English', async () => {
    await setLanguage('en');
    renderAt('/playbooks/leak?cause=misdelivery');
    await h1(/^In case of a data leak/);
    expect(screen.getByText('(cause: E-mail sent or web page published by mistake)')).toBeTruthy();
    const picker = screen.getByRole('navigation', { name: 'Narrow down by cause' });
    expect(within(picker).getByRole('link', { name: 'Not sure (show all)' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });
});
