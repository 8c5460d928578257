import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { setLanguage } from '../../i18n/active';
import { japaneseLeft } from '../guide/test-utils';
import { createIncident, listFields, listTimeline } from '../../storage';
import { putEvidenceRecord } from './test-evidence';
import { useFreshDB } from '../../storage/test-db';
import EvidencePage from './EvidencePage';
import RecordPage from './RecordPage';
import TimelinePage from './TimelinePage';

useFreshDB();
beforeEach(async () => {
  useStore.setState({ openIncident: null, storageProblem: null });
  // Stored, so the name prompt (another part of the page) stays hidden.
  await useStore.getState().saveResponderName('Anna');
  localStorage.clear();
  await setLanguage('en');
});
afterEach(() => setLanguage('ja'));

const start = async () =>
  (
    await createIncident({
      title: 'Accounts PC',
      types: ['ransomware'],
      causes: [],
      by: 'Anna',
      log: 'Started',
      prefill: [{ fieldId: 'organization', value: 'Sample Ltd' }],
    })
  ).incident;

describe('対応記録 in English', () => {
  it('labels the fields and sections in English and saves what is typed', async () => {
    const incident = await start();
    const user = userEvent.setup();
    render(<RecordPage id={incident.id} />);
    await screen.findByRole('heading', { name: /^Sort it out with the 5W1H/ });
    for (const change of screen.getAllByRole('link', { name: 'Change' }))
      expect(change.getAttribute('href')).toBe(`/incidents/${incident.id}`);
    expect(screen.getByRole('link', { name: 'See the timeline (1 entry)' })).toBeTruthy();
    expect(screen.getByText(/^Filled in from “Be prepared”/)).toBeTruthy();
    await user.type(await screen.findByLabelText('What happened'), 'ransom note');
    await waitFor(async () =>
      expect((await listFields(incident.id)).find((f) => f.fieldId === 'event')?.value).toBe(
        'ransom note',
      ),
    );
    expect(await screen.findByText('✓ Saved')).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });
});

describe('対応経過 in English', () => {
  it('records an entry with English labels, kinds and save mark', async () => {
    const incident = await start();
    const user = userEvent.setup();
    render(<TimelinePage id={incident.id} />);
    await screen.findByRole('heading', { level: 2, name: 'Timeline' });
    expect(screen.getByLabelText('When (Japan time)')).toBeTruthy();
    await user.type(screen.getByLabelText('Record what happened'), 'Unplugged the LAN cable');
    await user.click(screen.getByRole('button', { name: 'Record' }));
    expect(await screen.findByText('✓ Saved')).toBeTruthy();
    await screen.findByText('Unplugged the LAN cable');
    expect(screen.getAllByText('Note').length).toBeGreaterThan(0);
    expect(screen.getByText('Start')).toBeTruthy();
    expect((await listTimeline(incident.id)).map((e) => e.text)).toContain(
      'Unplugged the LAN cable',
    );
    await user.click(screen.getAllByRole('button', { name: /^Correct/ })[0]!);
    expect(screen.getByLabelText('The correction')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^Attach a photo or file/ }).length).toBeGreaterThan(
      0,
    );
    expect(japaneseLeft()).toEqual([]);
  });
});

describe('証拠 in English', () => {
  it('lists a piece of evidence and says where its original is, in English', async () => {
    const incident = await start();
    await putEvidenceRecord(incident.id, {
      by: 'Anna',
      itemId: 'ransomware-isolate',
      relatedText: 'Disconnect it',
    });
    const user = userEvent.setup();
    render(
      <LocationProvider>
        <EvidencePage id={incident.id} />
      </LocationProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Evidence list (1 item, 2.0 MB in all)' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Evidence (photos and files)' })).toBeTruthy();
    expect(screen.getByLabelText('Take a photo and save it')).toBeTruthy();
    expect(screen.getByText('Checklist item “Disconnect it”')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Save the original file/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The original file is not/);
    expect(screen.getByRole('button', { name: 'Save the evidence package (ZIP)' })).toBeTruthy();
    expect(japaneseLeft()).toEqual([]);
  });
});

describe('sizes in English', () => {
  it('a small piece of evidence is counted in bytes, not バイト', async () => {
    const incident = await start();
    await putEvidenceRecord(incident.id, { size: 820 });
    render(
      <LocationProvider>
        <EvidencePage id={incident.id} />
      </LocationProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Evidence list (1 item, 820 bytes in all)' }),
    ).toBeTruthy();
    expect(screen.getByText(/\(image\/jpeg, 820 bytes\)/)).toBeTruthy();
    expect(screen.queryByText(/バイト/)).toBeNull();
  });
});
