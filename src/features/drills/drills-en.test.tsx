import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { setLanguage } from '../../i18n/active';
import { loadIncidentSnapshot } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import DrillsPage from './DrillsPage';
import DrillRunPage from './DrillRunPage';

useFreshDB();
beforeEach(async () => {
  localStorage.clear();
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
  await setLanguage('en');
});
afterEach(() => setLanguage('ja'));

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** The names of the headings and buttons on screen that are Japanese only (h1: the record's title). */
function japaneseOnly(): string[] {
  const names = [
    ...screen.getAllByRole('heading').filter((h) => h.tagName !== 'H1'),
    ...screen.getAllByRole('button'),
  ].map((e) => e.textContent ?? '');
  // A Japanese term in parentheses beside its English is intended: 「Reports (報告・届出)」.
  return names.filter((n) => JAPANESE.test(n.replace(/\([^)]*\)/g, '')));
}

describe('a drill in English', () => {
  it("writes the drill's title and first timeline entry in English", async () => {
    history.replaceState(null, '', '/drills');
    const user = userEvent.setup();
    render(
      <LocationProvider>
        <DrillsPage />
      </LocationProvider>,
    );
    const name = 'Monday morning, files will not open (ransomware)';
    const card = await screen.findByRole('region', { name });
    await user.click(within(card).getByRole('button', { name: 'Start this drill' }));
    await waitFor(() => expect(location.pathname).toMatch(/^\/incidents\/[0-9a-f-]{36}\/drill$/));
    const snap = await loadIncidentSnapshot(location.pathname.split('/')[2]!);
    expect(snap?.incident.title).toBe(`Drill: ${name}`);
    expect(snap?.timeline.map((e) => e.text)).toEqual([`Drill started (${name})`]);
  });

  it('starts, shows the clock and an inject in English, ends early with the debrief', async () => {
    history.replaceState(null, '', '/drills');
    const user = userEvent.setup();
    const { unmount } = render(
      <LocationProvider>
        <DrillsPage />
      </LocationProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Drills' });
    // The scenario's title is rendered from its YAML ({ ja, en, easy }).
    const card = await screen.findByRole('region', {
      name: 'Monday morning, files will not open (ransomware)',
    });
    expect(within(card).getByText('About 30 min')).toBeTruthy();
    expect(japaneseOnly()).toEqual([]);
    await user.click(within(card).getByRole('button', { name: 'Start this drill' }));
    await waitFor(() => expect(location.pathname).toMatch(/^\/incidents\/[0-9a-f-]{36}\/drill$/));
    const id = location.pathname.split('/')[2]!;
    unmount();
    cleanup();

    render(<DrillRunPage id={id} />);
    await screen.findByRole('heading', { name: 'Drill in progress' });
    // The clock's controls.
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Real time' })).toHaveProperty('ariaPressed', 'true');
    expect(screen.getByRole('button', { name: '10× speed' })).toBeTruthy();
    expect(screen.getByLabelText('Drill time elapsed').textContent).toMatch(/^T\+0:/);
    // T+0's inject, in English, with when and how it came.
    const log = screen.getByRole('list', { name: 'Information received' });
    expect(
      await within(log).findByText(
        'Monday morning, the accounting PC shows: "Your files are encrypted. Contact us if you want them back."',
      ),
    ).toBeTruthy();
    expect(log.textContent).toContain('T+0 min · On screen');
    // The injects' 「原文」 toggle: the scenario's own Japanese beside the English.
    await user.click(
      await screen.findByRole('button', { name: 'Show the original Japanese (原文)' }),
    );
    expect(log.textContent).toContain('ファイルを暗号化した。戻したければ連絡せよ');
    expect(japaneseOnly()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'End the drill…' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/^End the drill here\?/);
    await user.click(screen.getByRole('button', { name: 'End the drill' }));
    const debrief = await screen.findByRole('region', { name: 'Debrief' });
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContainEqual(
      expect.stringMatching(/^The drill ended at T\+0:\d\d \(planned 30 min\)\.$/),
    );
    for (const name of [
      'Time taken (from discovery)',
      'Steps not ticked',
      'Reports and notifications (報告・届出): answers checked',
      'What to fix in your preparations (as they are now)',
      'Model response',
    ])
      expect(await within(debrief).findByRole('heading', { name })).toBeTruthy();
    const times = within(debrief).getByRole('region', { name: 'Time taken (from discovery)' });
    expect(times.textContent).toContain('Report to managementNot yet (target 15 min, over)');
    // The model answer's own reason, rendered from the scenario's YAML.
    expect(
      await within(debrief).findByText(/^Assume that personal information may have been/),
    ).toBeTruthy();
    await screen.findByText('✓ Debrief saved');
    expect(japaneseOnly()).toEqual([]);
  });
});
