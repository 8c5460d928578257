import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { useStore } from '../../app/store';
import { listTrash, moveToTrash, purgeTrash, restoreFromTrash } from '../../storage';
import { listDrillDebriefs, saveDrillDebrief } from '../../storage/drill-debriefs';
import { fillDiskFor, useFreshDB } from '../../storage/test-db';
import DebriefPage from './DebriefPage';
import DrillRunPage from './DrillRunPage';
import DrillsPage from './DrillsPage';
import { pauseClock, saveClock, startClock } from './clock';
import { newIncident, tickAfter } from './test-incidents';
import { writeAnswers } from '../reporting/test-answers';

useFreshDB();
beforeEach(() => {
  localStorage.clear();
  useStore.setState({
    responderName: '山田',
    openIncident: null,
    storageProblem: null,
    prep: null,
    prepError: null,
  });
});

/** A kept run of the lost-USB drill, started on 11/`day` at 10:00 JST. */
const keptRun = (incidentId: string, day: number, durations: Record<string, number>) =>
  saveDrillDebrief({
    incidentId,
    scenarioId: 'lost-usb',
    startedAt: `2026-11-${String(day).padStart(2, '0')}T01:00:00.000Z`,
    savedAt: `2026-11-${String(day).padStart(2, '0')}T01:30:00.000Z`,
    durations,
    missed: ['basic-note-reporter-contact'],
    answers: {},
  });

/** A lost-USB drill whose 20 minutes are over, 経営者 reached after `management` minutes. */
async function finishedDrill(management: number) {
  const incident = await newIncident({
    types: ['leak'],
    causes: ['loss'],
    drill: 'lost-usb',
    minutesAgo: 30,
  });
  await tickAfter(incident, 'basic-report-to-management', management);
  const start = Date.parse(incident.discoveredAt);
  saveClock(incident.id, pauseClock(startClock(1, start), start + 20 * 60_000));
  return incident;
}

describe('the debrief of a finished drill', () => {
  it('is kept, and says so once saved', async () => {
    const incident = await finishedDrill(14);
    render(<DrillRunPage id={incident.id} />);
    await screen.findByText('✓ ふりかえりを保存しました');
    const [kept] = await listDrillDebriefs();
    expect(kept).toMatchObject({
      incidentId: incident.id,
      scenarioId: 'lost-usb',
      durations: { management: 14 },
    });
    expect(kept!.missed).toContain('basic-note-reporter-contact');
    expect(screen.getByRole('link', { name: '保存したふりかえり（印刷・比較）' })).toHaveProperty(
      'pathname',
      `/drills/debriefs/${incident.id}`,
    );
  });

  it('outlives the drill incident, prints, and compares with the earlier run', async () => {
    await keptRun('earlier', 1, { management: 20, decision: 15 });
    const incident = await finishedDrill(14);
    const page = render(<DrillRunPage id={incident.id} />);
    await screen.findByText('✓ ふりかえりを保存しました');
    page.unmount();
    await moveToTrash(incident.id);
    await purgeTrash(new Date(Date.now() + 60 * 86_400_000));

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<DebriefPage id={incident.id} />);
    const compare = await screen.findByRole('region', { name: '同じ訓練との比較（古い順）' });
    const management = within(compare).getByText('経営者への報告').nextElementSibling!;
    expect(management.textContent).toContain('2026/11/01(日) 10:00：20分');
    expect(management.textContent).toContain('14分');
    expect(management.textContent).toContain('改善：前回より6分早い');
    const decision = within(compare).getByText('報告・届出の判断').nextElementSibling!;
    expect(decision.textContent).toContain('後退：今回はまだ');
    await userEvent.setup().click(screen.getByRole('button', { name: '印刷' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('checks the reporting answers against the scenario and names what to fix in 備え', async () => {
    const incident = await finishedDrill(14);
    await writeAnswers(incident.id, { personal: 'yes', encrypted: 'yes', count: 'over-1000' });
    render(<DrillRunPage id={incident.id} />);
    const check = await screen.findByRole('region', { name: '報告・届出の答え合わせ' });
    const encrypted = within(check)
      .getByText('高度な暗号化などで保護されていましたか？')
      .closest('li')!;
    expect(encrypted.textContent).toContain('訓練での答え：はい／想定した答え：いいえ');
    expect(encrypted.textContent).toContain('根拠：T+4分・電話「続報。');
    const ppc = within(check).getByText('個人情報保護委員会への報告（速報・確報）').closest('li')!;
    expect(ppc.textContent).toContain('想定した答えでは必要、訓練での答えでは不要になります。');
    // The criterion met on firm answers, with its source; not the 「わからない」 ones.
    expect(ppc.textContent).toContain('本人の数が1,000人を超える');
    expect(ppc.textContent).not.toContain('要配慮個人情報');
    const fixes = await screen.findByRole('region', { name: '備えで直すところ（いまの備えから）' });
    const executive = within(fixes).getByText(/経営者の電話番号/);
    expect(within(executive).getByRole('link', { name: '備えで直す' })).toHaveProperty(
      'pathname',
      '/prep/contacts',
    );
    // The kept debrief holds the answers, so the check reads the same later.
    await screen.findByText('✓ ふりかえりを保存しました');
    expect((await listDrillDebriefs())[0]!.answers).toMatchObject({ encrypted: 'yes' });
  });

  it('can be deleted: gone from the past drills, its drill in the trash, kept again if restored', async () => {
    await keptRun('earlier', 1, { management: 20 });
    const incident = await finishedDrill(14);
    const run = render(<DrillRunPage id={incident.id} />);
    await screen.findByText('✓ ふりかえりを保存しました');
    run.unmount();

    const user = userEvent.setup();
    const page = render(<DebriefPage id={incident.id} />);
    await user.click(await screen.findByRole('button', { name: 'このふりかえりを削除…' }));
    const question = screen.getByRole('alertdialog');
    expect(question.textContent).toContain('ゴミ箱に移ります');
    await user.click(within(question).getByRole('button', { name: '削除する' }));
    expect((await screen.findByRole('status')).textContent).toBe('ふりかえりを削除しました。');
    expect((await listDrillDebriefs()).map((d) => d.incidentId)).toEqual(['earlier']);
    expect((await listTrash()).map((i) => i.id)).toEqual([incident.id]);
    page.unmount();

    // Out of the trash, the drill's page keeps its debrief again.
    await restoreFromTrash(incident.id);
    render(<DrillRunPage id={incident.id} />);
    await screen.findByText('✓ ふりかえりを保存しました');
    expect((await listDrillDebriefs()).map((d) => d.incidentId)).toEqual(['earlier', incident.id]);
  });

  it('a debrief whose drill is gone is deleted alone; a failed delete says so and keeps it', async () => {
    await keptRun('gone', 1, { management: 20 });
    const user = userEvent.setup();
    render(<DebriefPage id="gone" />);
    await user.click(await screen.findByRole('button', { name: 'このふりかえりを削除…' }));
    const spy = fillDiskFor('settings');
    await user.click(screen.getByRole('button', { name: '削除する' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/空き容量が足りない/);
    spy.mockRestore();
    expect((await listDrillDebriefs()).map((d) => d.incidentId)).toEqual(['gone']);
    // Asked again, it goes; nothing is moved to the trash.
    await user.click(screen.getByRole('button', { name: 'このふりかえりを削除…' }));
    await user.click(screen.getByRole('button', { name: '削除する' }));
    await screen.findByText('ふりかえりを削除しました。');
    expect(await listDrillDebriefs()).toEqual([]);
    expect(await listTrash()).toEqual([]);
  });

  it('says calmly when a debrief is not kept', async () => {
    render(<DebriefPage id="nothing" />);
    await screen.findByText('このふりかえりは見つかりませんでした。');
    expect(screen.getByRole('link', { name: '訓練の一覧へ' })).toBeTruthy();
  });
});

describe('past drills on the drills page', () => {
  it('lists every kept run, newest first, with date, scenario and key durations', async () => {
    await keptRun('first', 1, { management: 20 });
    await keptRun('second', 8, { management: 9, decision: 18 });
    render(
      <LocationProvider>
        <DrillsPage />
      </LocationProvider>,
    );
    const list = await screen.findByRole('list', { name: 'これまでの訓練' });
    const runs = within(list).getAllByRole('listitem');
    expect(runs.map((r) => r.textContent)).toEqual([
      '2026/11/08(日) 10:00：顧客データの入ったUSBメモリーをなくした経営者への報告 9分・報告・届出の判断 18分',
      '2026/11/01(日) 10:00：顧客データの入ったUSBメモリーをなくした経営者への報告 20分・報告・届出の判断 まだ',
    ]);
    expect(within(runs[0]!).getByRole('link')).toHaveProperty(
      'pathname',
      '/drills/debriefs/second',
    );
  });

  it('says there are none yet', async () => {
    render(
      <LocationProvider>
        <DrillsPage />
      </LocationProvider>,
    );
    await screen.findByText(/まだありません/);
    await waitFor(() => expect(screen.queryByRole('list', { name: 'これまでの訓練' })).toBeNull());
  });
});
