import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { setLanguage } from '../../i18n/active';
import { createIncident, listTimeline, loadIncidentSnapshot, putField } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from './IncidentPage';
import NewIncidentPage from './NewIncidentPage';
import RecordPage from './RecordPage';
import EvidencePage from './EvidencePage';

// What the app itself writes into a record is in the language on screen when it is written.
useFreshDB();
beforeEach(async () => {
  useStore.setState({ openIncident: null, storageProblem: null });
  await useStore.getState().saveResponderName('Anna');
  localStorage.clear();
  await setLanguage('en');
});
afterEach(() => setLanguage('ja'));

const texts = async (id: string) => (await listTimeline(id)).map((e) => e.text);

/** A ransomware record started by Anna, stored only. */
const newRecord = () =>
  createIncident({
    title: 'Accounts PC',
    types: ['ransomware'],
    causes: [],
    by: 'Anna',
    log: 'Started',
  });

const openIncident = async () => {
  const { incident } = await newRecord();
  render(
    <LocationProvider>
      <IncidentPage id={incident.id} />
    </LocationProvider>,
  );
  await screen.findByRole('heading', { name: 'Accounts PC', level: 1 });
  // The checklist has loaded: the open count is known.
  await screen.findByRole('region', { name: 'Checklist' });
  return incident;
};

describe('records written in English', () => {
  it('a new incident left untitled gets an English title and first entry', async () => {
    history.replaceState(null, '', '/incidents/new?type=leak&cause=loss');
    const user = userEvent.setup();
    render(
      <LocationProvider>
        <NewIncidentPage />
      </LocationProvider>,
    );
    const title = await screen.findByLabelText<HTMLInputElement>('Title');
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Start the response' }));
    await waitFor(() => expect(location.pathname).toMatch(/^\/incidents\/[0-9a-f-]{36}$/));
    const id = location.pathname.split('/')[2]!;
    const snap = await loadIncidentSnapshot(id);
    expect(snap?.incident.title).toMatch(/^Data leak \(Lost or left behind\) \d{1,2}\/\d{1,2}$/);
    expect(snap?.timeline.map((e) => e.text)).toEqual([
      'Response started (Data leak (Lost or left behind))',
    ]);
  });

  it('a status change is logged in English', async () => {
    const incident = await openIncident();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Close the response…' }));
    await user.click(screen.getByRole('button', { name: 'Close it' }));
    await waitFor(async () =>
      expect(await texts(incident.id)).toContain('Status changed to “Closed”'),
    );
  });

  it('a change of the time of discovery is logged in English', async () => {
    const incident = await openIncident();
    const user = userEvent.setup();
    const actions = screen.getByRole('region', { name: 'Change the status' });
    await user.click(within(actions).getByText('Change the title, type or discovery time'));
    const input = within(actions).getByLabelText('Discovered (date and time, Japan time)');
    await user.clear(input);
    await user.type(input, '2026-11-25T21:05');
    await user.click(within(actions).getByRole('button', { name: 'Save the discovery time' }));
    await waitFor(async () =>
      expect(await texts(incident.id)).toContain(
        'Time of discovery changed to 2026/11/25(Wed) 21:05',
      ),
    );
  });

  it('a change of the type is logged in English', async () => {
    const incident = await openIncident();
    const user = userEvent.setup();
    const actions = screen.getByRole('region', { name: 'Change the status' });
    await user.click(within(actions).getByText('Change the title, type or discovery time'));
    await user.click(within(actions).getByRole('checkbox', { name: 'System outage' }));
    await user.click(within(actions).getByRole('button', { name: 'Save the type' }));
    await waitFor(async () =>
      expect(await texts(incident.id)).toContain('Type changed to “Ransomware, System outage”'),
    );
  });

  it('another tab’s text saved over is kept in the timeline in English', async () => {
    const { incident } = await newRecord();
    await useStore.getState().loadIncident(incident.id);
    render(<RecordPage id={incident.id} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('What happened'), 'this tab');
    // Meanwhile another tab saved the same field (this tab has not seen it).
    await putField({
      incidentId: incident.id,
      fieldId: 'event',
      value: 'other tab',
      by: 'Ken',
      base: null,
    });
    await user.tab();
    await waitFor(async () =>
      expect(
        (await listTimeline(incident.id)).filter((e) => e.kind === 'conflict').map((e) => e.text),
      ).toEqual(['“What happened” before it was overwritten (saved in another tab): other tab']),
    );
  });

  it('a file kept as evidence is logged in English, with its note and what it is attached to', async () => {
    const { incident } = await newRecord();
    history.replaceState(null, '', `/incidents/${incident.id}/evidence?item=x&about=Unplug+it`);
    render(
      <LocationProvider>
        <EvidencePage id={incident.id} />
      </LocationProvider>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Note/), 'desk 3');
    const file = new File([new Uint8Array(1234)], 'screen.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Choose a file and save it'), file);
    await waitFor(async () =>
      expect((await listTimeline(incident.id)).find((e) => e.kind === 'evidence')?.text).toMatch(
        /^Evidence saved: screen\.png \(1,234 bytes\) SHA-256: [0-9a-f]{64}\nAttached to: Checklist item “Unplug it”\nNote: desk 3$/,
      ),
    );
  });
});
