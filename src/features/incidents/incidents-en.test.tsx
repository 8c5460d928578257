import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { setLanguage } from '../../i18n/active';
import { loadIncidentSnapshot } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import NewIncidentPage from './NewIncidentPage';
import IncidentPage from './IncidentPage';
import IncidentsPage from './IncidentsPage';
import { japaneseLeft } from '../guide/test-utils';

useFreshDB();
beforeEach(async () => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
  await setLanguage('en');
});
afterEach(() => setLanguage('ja'));

// The item's text, then its playbook's tag.
const ISOLATE =
  /^Stop using the infected PC or server, and disconnect it from the network\.Ransomware$/;

describe('the first hour in English', () => {
  it('starts a ransomware incident and ticks the isolation step (切り離し)', async () => {
    history.replaceState(null, '', '/incidents/new?type=ransomware');
    const user = userEvent.setup();
    const { unmount } = render(
      <LocationProvider>
        <NewIncidentPage />
      </LocationProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Start a response' });
    const picker = screen.getByRole('group', { name: 'What happened? (choose one or more)' });
    expect(
      within(picker).getByRole<HTMLInputElement>('checkbox', { name: 'Ransomware infection' })
        .checked,
    ).toBe(true);
    // Its last choice's words come from home's catalogue, which may load a moment later.
    expect(await within(picker).findByRole('checkbox', { name: 'Not sure yet' })).toBeTruthy();
    // The suggested title is in the language on screen (the drafts' own words stay Japanese).
    const title = screen.getByLabelText<HTMLInputElement>('Title');
    expect(title.value).toMatch(/^Ransomware \d{1,2}\/\d{1,2}$/);
    await user.clear(title);
    await user.type(title, 'Accounting PC');
    // No name stored on this device yet: asked here, in English.
    await user.type(
      await screen.findByLabelText('Your name (recorded as “who” did each step)'),
      'Maria',
    );
    expect(japaneseLeft()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Start the response' }));
    await waitFor(() => expect(location.pathname).toMatch(/^\/incidents\/[0-9a-f-]{36}$/));
    const id = location.pathname.split('/')[2]!;
    unmount();
    cleanup();

    render(
      <LocationProvider>
        <IncidentPage id={id} />
      </LocationProvider>,
    );
    const checklist = await screen.findByRole('region', { name: 'Checklist' });
    expect(screen.getByRole('region', { name: 'Next steps' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Change the status' })).toBeTruthy();
    expect(screen.getByText('In progress')).toBeTruthy();
    expect(
      screen.getByText((_, e) => e?.tagName === 'P' && e.textContent!.startsWith('Ransomware ·')),
    ).toHaveProperty(
      'textContent',
      expect.stringMatching(/^Ransomware · Discovered .* JST \(less than a minute ago\)$/),
    );
    const nav = screen.getByRole('navigation', { name: 'Pages of this incident record' });
    expect(within(nav).getByRole('link', { name: 'Timeline' })).toBeTruthy();
    expect(
      within(nav).getByRole('link', { name: 'Reports and notifications (報告・届出)' }),
    ).toBeTruthy();
    expect(within(checklist).getByRole('button', { name: 'Open items only' })).toBeTruthy();

    // 切り離し, in the checklist: its text rendered in English, its buttons in English.
    const isolate = await within(checklist).findByRole('group', { name: ISOLATE });
    await user.click(within(isolate).getByRole('button', { name: 'Done' }));
    expect(await within(isolate).findByRole('button', { name: '✓ Done' })).toBeTruthy();
    const row = isolate.closest('li')!;
    await waitFor(() => expect(row.textContent).toMatch(/Done \(Maria, \d{4}\/.*\) saved/));
    const snap = await loadIncidentSnapshot(id);
    expect(snap?.progress.find((p) => p.itemId === 'ransomware-isolate')?.state).toBe('done');
    // The timeline line is written in the language on screen, the step as rendered there.
    expect(snap?.timeline.map((e) => e.text)).toContainEqual(
      'Done: Stop using the infected PC or server, and disconnect it from the network.',
    );
    // The urgent card's own Done agrees.
    const urgent = screen.getByRole('region', { name: 'Do this now' });
    expect(within(urgent).getByRole('button', { name: '✓ Done' })).toBeTruthy();

    expect(japaneseLeft()).toEqual([]);
  });

  it('lists the records in English', async () => {
    await useStore.getState().startIncident({
      title: 'Accounting PC',
      types: ['ransomware'],
      causes: [],
      discoveredAt: new Date().toISOString(),
      log: '対応を開始（ランサムウェア）',
    });
    render(
      <LocationProvider>
        <IncidentsPage />
      </LocationProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Incident records' });
    const filters = screen.getByRole('group', { name: 'Filter by status' });
    expect(within(filters).getByRole('button', { name: '✓ All' })).toBeTruthy();
    await click(within(filters).getByRole('button', { name: 'Closed' }));
    expect(await screen.findByText('No records with the status “Closed”.')).toBeTruthy();
    await click(within(filters).getByRole('button', { name: 'In progress' }));
    expect(
      await screen.findByText(/^Ransomware · discovered less than a minute ago$/),
    ).toBeTruthy();
    expect(await screen.findByText(/^Progress: 0 \/ \d+ \(0%\)$/)).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });

  it('says in English that a record is not on this device', async () => {
    render(<IncidentPage id="00000000-0000-4000-8000-000000000000" />);
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'This incident record was not found.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Incident records' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the incident records' })).toBeTruthy();
  });
});

const click = (element: HTMLElement) => userEvent.setup().click(element);
