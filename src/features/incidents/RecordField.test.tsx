import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../app/store';
import { createIncident, listFields } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import RecordPage from './RecordPage';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
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
