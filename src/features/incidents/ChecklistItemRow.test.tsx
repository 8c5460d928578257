import { beforeEach, describe, expect, it } from 'vitest';
import { wholeText } from '../../ui/whole-text';
import { render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../app/store';
import { createIncident, listProgress, loadIncidentSnapshot, setProgress } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from './IncidentPage';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});

const ISOLATE = /感染したパソコンやサーバーの利用を停止し/;

const openItem = async () => {
  const { incident } = await createIncident({
    title: '経理PC',
    types: ['ransomware'],
    causes: [],
    by: '山田',
    log: '対応を開始',
  });
  render(<IncidentPage id={incident.id} />);
  const list = await screen.findByRole('region', { name: 'チェックリスト' });
  const row = within(list).getByText(ISOLATE).closest('li') as HTMLElement;
  return { incident, row };
};

describe('checklist item', () => {
  it('marks a pressed 該当なし with ✓, not with colour alone', async () => {
    const user = userEvent.setup();
    const { incident, row } = await openItem();
    await user.click(within(row).getByRole('button', { name: '該当なし' }));
    const pressed = await within(row).findByRole('button', { name: '✓ 該当なし' });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect(within(row).getByRole('button', { name: '完了' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    await user.click(pressed);
    await within(row).findByRole('button', { name: '該当なし', pressed: false });
    // Timeline texts: one calm register, ending in a noun.
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.timeline.filter((t) => t.kind === 'item').map((t) => t.text)).toEqual([
      expect.stringMatching(/^該当なし: 感染したパソコンやサーバーの利用を停止し/),
      expect.stringMatching(/^未完了に戻す: 感染したパソコンやサーバーの利用を停止し/),
    ]);
  });

  it('a tick does not wipe a note written in another tab', async () => {
    const user = userEvent.setup();
    const { incident, row } = await openItem();
    await user.click(within(row).getByRole('button', { name: '完了' }));
    await within(row).findByText(/保存済み/);
    // Another tab adds a note; this tab has not re-read it.
    await setProgress({
      incidentId: incident.id,
      itemId: 'ransomware-isolate',
      state: 'done',
      by: '佐藤',
      note: 'LANケーブルを抜いた',
    });
    await user.click(within(row).getByRole('button', { name: /完了/ }));
    await within(row).findByRole('button', { name: '完了', pressed: false });
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.progress).toMatchObject([{ state: 'open', note: 'LANケーブルを抜いた' }]);
  });
});

describe('user text inside the status line', () => {
  it('is isolated, and a right-to-left override in a name is not stored or shown', async () => {
    // A name kept by an older version, before names passed the rule for control characters.
    useStore.setState({ responderName: '\u202E山田' });
    const user = userEvent.setup();
    const { row, incident } = await openItem();
    await user.click(within(row).getByRole('button', { name: '完了' }));
    const status = await within(row).findByText(wholeText(/^完了（山田・.*）保存済み$/));
    // The name sits in its own <bdi>; the words and the time around it are outside.
    expect([...status.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['山田']);
    const [stored] = await listProgress(incident.id);
    expect(stored?.by).toBe('山田');
  });

  it('refuses a 実施日時 later than now with a message, and keeps the stored time', async () => {
    const user = userEvent.setup();
    const { incident, row } = await openItem();
    await user.click(within(row).getByRole('button', { name: '完了' }));
    await within(row).findByRole('button', { name: '✓ 完了' });
    const [before] = await listProgress(incident.id);
    await user.click(within(row).getByText('時刻・メモを変更'));
    const at = within(row).getByLabelText<HTMLInputElement>('実施日時（日本時間）');
    await user.clear(at);
    await user.type(at, `${new Date().getFullYear() + 1}-01-06T09:30`);
    await user.click(within(row).getByRole('button', { name: '保存' }));
    expect((await within(row).findByRole('alert')).textContent).toMatch(/未来の日時になっています/);
    expect((await listProgress(incident.id))[0]?.at).toBe(before!.at);
  });
});
