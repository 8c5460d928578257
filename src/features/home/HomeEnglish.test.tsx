import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { japaneseLeft, renderAt } from '../guide/test-utils';
import { OngoingIncident } from './OngoingIncident';
import { elapsed } from './elapsed';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import { setLanguage } from '../../i18n/active';

useFreshDB();
afterEach(() => setLanguage('ja'));

describe('home in English', () => {
  it('まだわからない: the triage page and where each cue leads, in English', async () => {
    await setLanguage('en');
    renderAt('/triage');
    await screen.findByRole('heading', { level: 1, name: 'Not sure yet' }, { timeout: 5000 });
    const cues = screen.getByRole('list', { name: 'Does one of these fit?' });
    expect(within(cues).getAllByText('→ Steps for: Ransomware').length).toBeGreaterThan(0);
    expect(within(cues).getAllByText('→ Steps for: Data leak (Insider)').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('link', { name: 'See the basic steps (common to every incident)' }),
    ).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });

  it('the open incident: its types and the time since discovery in English', async () => {
    await createIncident({
      title: 'Shared folder encrypted',
      types: ['ransomware', 'leak'],
      causes: ['loss'],
      by: 'Yamada',
      log: 'start',
    });
    await setLanguage('en');
    render(<OngoingIncident />);
    const region = await screen.findByRole('region', { name: 'Records in progress' });
    expect(within(region).getByRole('link', { name: 'Continue' })).toBeTruthy();
    expect(
      within(region).getByText(
        'Ransomware, Data leak (Lost or left behind) · discovered less than a minute ago',
      ),
    ).toBeTruthy();
  });

  it('counts the time since discovery in the largest fitting unit', () => {
    const at = Date.parse('2026-12-01T00:00:00Z');
    const since = (minutes: number) => elapsed('2026-12-01T00:00:00Z', at + minutes * 60_000);
    expect(since(0.5)).toEqual({ unit: 'lessThanMinute' });
    expect(since(59)).toEqual({ unit: 'minutes', n: 59 });
    expect(since(47 * 60 + 59)).toEqual({ unit: 'hours', n: 47 });
    expect(since(48 * 60)).toEqual({ unit: 'days', n: 2 });
  });
});
