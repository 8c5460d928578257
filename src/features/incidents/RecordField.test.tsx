import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../app/store';
import { createIncident, listFields, listTimeline, putField, StorageError } from '../../storage';
import { unsavedKey, readUnsaved, writeUnsaved } from '../../ui/unsaved-text';
import { useFreshDB } from '../../storage/test-db';
import RecordPage from './RecordPage';
import { setLanguage } from '../../i18n/active';

useFreshDB();
const realSaveField = useStore.getState().saveField;
beforeEach(() => {
  useStore.setState({
    responderName: '山田',
    openIncident: null,
    storageProblem: null,
    saveField: realSaveField,
  });
  localStorage.clear();
});

const start = async (title: string) =>
  (await createIncident({ title, types: ['ransomware'], causes: [], by: '山田', log: '開始' }))
    .incident;

describe('record field', () => {
  it('text typed into incident A is saved to A even when B is open by the time it saves', async () => {
    const a = await start('A社の件');
    const b = await start('B社の件');
    const user = userEvent.setup();
    const { rerender } = render(<RecordPage id={a.id} />);
    await user.type(await screen.findByLabelText('発生事象'), '画面に脅迫文');
    // A quick move to B: B is loaded before A's autosave has run.
    await useStore.getState().loadIncident(b.id);
    rerender(<RecordPage id={b.id} />);
    await screen.findByRole('heading', { name: 'B社の件', level: 1 });
    await waitFor(async () =>
      expect((await listFields(a.id)).map((f) => f.value)).toEqual(['画面に脅迫文']),
    );
    expect(await listFields(b.id)).toEqual([]);
    expect(screen.getByLabelText<HTMLTextAreaElement>('発生事象').value).toBe('');
  });
});

describe('record field drafts (nothing typed is lost)', () => {
  beforeEach(() => localStorage.clear());

  it('a draft left by a reload comes back, is saved, and is then forgotten', async () => {
    const a = await start('A社の件');
    writeUnsaved(unsavedKey(a.id, 'event'), { value: '再読み込み直前の入力', base: null });
    await useStore.getState().loadIncident(a.id);
    render(<RecordPage id={a.id} />);
    const field = await screen.findByLabelText<HTMLTextAreaElement>('発生事象');
    await waitFor(() => expect(field.value).toBe('再読み込み直前の入力'));
    await screen.findByText('✓ 保存済み');
    expect((await listFields(a.id)).map((f) => f.value)).toEqual(['再読み込み直前の入力']);
    expect(readUnsaved(unsavedKey(a.id, 'event'))).toBeNull();
  });

  it('each keystroke is kept as a draft at once, before any save', async () => {
    const a = await start('A社の件');
    await useStore.getState().loadIncident(a.id);
    render(<RecordPage id={a.id} />);
    await userEvent.setup().type(await screen.findByLabelText('発生事象'), '脅迫文');
    expect(readUnsaved(unsavedKey(a.id, 'event'))?.value).toBe('脅迫文');
  });

  it('text kept after a failed save survives leaving the page and coming back (未保存)', async () => {
    const a = await start('A社の件');
    await useStore.getState().loadIncident(a.id);
    useStore.setState({ saveField: () => Promise.reject(new StorageError('quota')) });
    const first = render(<RecordPage id={a.id} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('発生事象'), '容量不足のときの入力');
    await user.tab();
    await screen.findByText(/空き容量が足りない/);
    first.unmount();

    // Back on the page, storage works again.
    useStore.setState({ saveField: realSaveField });
    render(<RecordPage id={a.id} />);
    const field = await screen.findByLabelText<HTMLTextAreaElement>('発生事象');
    await waitFor(() => expect(field.value).toBe('容量不足のときの入力'));
    await screen.findByText('✓ 保存済み');
    expect((await listFields(a.id)).map((f) => f.value)).toEqual(['容量不足のときの入力']);
  });

  it('while a save keeps failing, the field says 未保存 and keeps the text', async () => {
    const a = await start('A社の件');
    await useStore.getState().loadIncident(a.id);
    useStore.setState({ saveField: () => Promise.reject(new StorageError('quota')) });
    render(<RecordPage id={a.id} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('発生事象'), 'x');
    await user.tab();
    expect((await screen.findByText(/^未保存：/)).textContent).toMatch(/一時的に残します/);
  });
});

describe('the same field in two tabs', () => {
  it('saving over another tab’s newer text says so and keeps that text in the timeline', async () => {
    const a = await start('A社の件');
    await useStore.getState().loadIncident(a.id);
    render(<RecordPage id={a.id} />);
    const user = userEvent.setup();
    const field = await screen.findByLabelText('発生事象');
    await user.type(field, 'このタブの文');
    // Meanwhile another tab saved the same field (this tab has not seen it).
    await putField({
      incidentId: a.id,
      fieldId: 'event',
      value: '別タブの文',
      by: '佐藤',
      base: null,
    });
    await user.tab();
    await screen.findByText(/別のタブで先に保存された内容がありました/);
    expect((await listFields(a.id)).map((f) => f.value)).toEqual(['このタブの文']);
    const kept = (await listTimeline(a.id)).filter((e) => e.kind === 'conflict');
    expect(kept.map((e) => e.text)).toEqual([
      '「発生事象」の上書き前の内容（別のタブで保存）：別タブの文',
    ]);
  });
});

describe('record items in English', () => {
  afterEach(() => setLanguage('ja'));

  it('labels each field in English, saves what is typed, and shows the Japanese on demand', async () => {
    await setLanguage('en');
    const a = await start('A社の件');
    const user = userEvent.setup();
    render(<RecordPage id={a.id} />);
    await user.type(await screen.findByLabelText('What happened'), 'ransom note');
    await waitFor(async () =>
      expect((await listFields(a.id)).map((f) => [f.fieldId, f.value])).toEqual([
        ['event', 'ransom note'],
      ]),
    );
    expect(
      screen.getByRole('heading', { name: 'Items to organize when responding to an incident' }),
    ).toBeTruthy();
    expect(screen.getByLabelText('When')).toBeTruthy();
    expect(screen.queryByText('発生事象')).toBeNull();
    const [toggle] = screen.getAllByRole('button', { name: /原文/ });
    fireEvent.click(toggle!);
    expect(screen.getByText('発生事象').getAttribute('lang')).toBe('ja');
  });
});
