import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { japaneseLeft, renderAt } from '../guide/test-utils';
import { setLanguage } from '../../i18n/active';

afterEach(() => setLanguage('ja'));

const ISOLATE = '/playbooks/ransomware#ransomware-isolate';

/** Types `q` into the search box (in English) and waits for the count of results. */
async function searchFor(q: string) {
  const input = await screen.findByRole('searchbox', { name: 'Words to look up' });
  fireEvent.input(input, { target: { value: q } });
  await screen.findByText(/\d+ results?\./, undefined, { timeout: 5000 });
}

const hrefs = () => screen.getAllByRole('link').map((a) => a.getAttribute('href'));

describe('search in English', () => {
  it('“disconnect” finds the 切り離し step, in English, marked and named in English', async () => {
    await setLanguage('en');
    renderAt('/search');
    await screen.findByRole('heading', { level: 1, name: 'Search the guide' });
    await searchFor('disconnect');
    const link = await screen.findByRole(
      'link',
      {
        name: /Ransomware › Detection and first response › First response.*Stop using the infected PC/,
      },
      { timeout: 5000 },
    );
    expect(link.getAttribute('href')).toBe(ISOLATE);
    expect(within(link).getByText('disconnect', { selector: 'mark' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });

  it('“ransomware” finds the ransomware guidance that says to disconnect', async () => {
    await setLanguage('en');
    renderAt('/search?q=ransomware');
    await screen.findByText(/\d+ results?\./, undefined, { timeout: 5000 });
    const lead = screen
      .getAllByRole('link')
      .find((a) => /disconnect it from the network/.test(a.textContent ?? ''));
    expect(lead?.getAttribute('href')).toBe('/guide/ransomware');
  });

  it('a Japanese query still finds the step in English', async () => {
    await setLanguage('en');
    renderAt('/search?q=切り離し');
    await screen.findByText(/\d+ results?\./, undefined, { timeout: 5000 });
    expect(hrefs()).toContain(ISOLATE);
  });

  it("finds the app's own screens by their English names", async () => {
    await setLanguage('en');
    renderAt('/search');
    await searchFor('backup');
    const backup = screen.getByRole('link', { name: /Screen of the app.*Backup and restore/ });
    expect(backup.getAttribute('href')).toBe('/backup');
  });
});
