import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { content, fullSnapshot } from '../../export/test-fixtures';
import SharePage from './SharePage';
import { getDB } from '../../storage/db';
import { listDrafts, StorageError } from '../../storage';
import { useStore } from '../../app/store';
import { useFreshDB } from '../../storage/test-db';

vi.mock('./share-data', () => ({
  loadShareData: vi.fn(async (id: string) =>
    id === fullSnapshot.incident.id ? { snapshot: fullSnapshot, content } : null,
  ),
}));

const nav = navigator as unknown as Record<string, unknown>;

useFreshDB();
const incidentId = fullSnapshot.incident.id;

describe('共有・出力', () => {
  let writeText: ReturnType<typeof vi.fn>;
  let click: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    // The incident exists on the device: drafts are kept for it.
    await (await getDB()).put('incidents', { ...fullSnapshot.incident });
    writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    Reflect.deleteProperty(nav, 'share');
    Reflect.deleteProperty(nav, 'canShare');
    vi.restoreAllMocks();
  });

  /** Picks a format and waits until it is built (the actions are enabled again). */
  const choose = async (radio: HTMLElement, user: Pick<typeof userEvent, 'click'> = userEvent) => {
    await user.click(radio);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'コピー' })).toHaveProperty('disabled', false),
    );
  };

  const open = async () => {
    render(<SharePage id={fullSnapshot.incident.id} />);
    return (await screen.findByLabelText(/^内容/)) as HTMLTextAreaElement;
  };

  it('previews the short summary and switches to a report draft', async () => {
    const box = await open();
    expect(box.value).toContain('【インシデント概要】経理PCのランサムウェア感染');
    await userEvent.click(screen.getByRole('radio', { name: '第一報' }));
    await waitFor(() => expect(box.value).toContain('【第一報】'));
    await userEvent.click(screen.getByRole('radio', { name: '個人情報保護委員会向け' }));
    await waitFor(() => expect(box.value).toContain('本人の数'));
  });

  it('without a share sheet, 共有 copies and downloads the edited text', async () => {
    const box = await open();
    await userEvent.type(box, '追記です');
    await userEvent.click(screen.getByRole('button', { name: '共有' }));
    expect(await screen.findByText(/コピーしました。ファイルにも保存しました/)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('追記です'));
    expect(click).toHaveBeenCalledTimes(1);
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toMatch(/^概要_経理PCのランサムウェア感染_\d{4}-\d{2}-\d{2}\.txt$/);
  });

  it('shares text and file where allowed; a cancelled share is not an error', async () => {
    const share = vi.fn(async (_data: ShareData) => {});
    nav.share = share;
    nav.canShare = () => true;
    await open();
    await userEvent.click(screen.getByRole('button', { name: '共有' }));
    expect(await screen.findByText('共有しました。')).toBeTruthy();
    const data = share.mock.calls[0]![0];
    expect(data.text).toContain('経理PC');
    expect(data.files?.[0]?.name).toMatch(/\.txt$/);

    share.mockRejectedValueOnce(new DOMException('cancelled', 'AbortError'));
    await userEvent.click(screen.getByRole('button', { name: '共有' }));
    // Nothing is said anywhere (the page also has 別の端末へ送る's own status).
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['', '']),
    );
    expect(writeText).not.toHaveBeenCalled();
  });

  it('コピー and ファイルに保存 say what happened', async () => {
    await open();
    await userEvent.click(screen.getByRole('button', { name: 'コピー' }));
    expect(await screen.findByText(/^コピーしました/)).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Markdown' }));
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'ファイルに保存' });
    await waitFor(() => expect(save.disabled).toBe(false));
    await userEvent.click(save);
    expect(await screen.findByText(/^保存しました/)).toBeTruthy();
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/\.md$/);
  });

  it('keeps an edited draft across leaving and reopening; 記録から作り直す goes back', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<SharePage id={incidentId} />);
    await choose(await screen.findByRole('radio', { name: '第一報' }), user);
    const box = screen.getByLabelText(/^内容/) as HTMLTextAreaElement;
    const generated = box.value;
    await user.type(box, '株式会社サンプル');
    expect(await screen.findByText('編集済み・保存済み')).toBeTruthy();
    expect((await listDrafts(incidentId)).map((d) => [d.kind, d.text])).toEqual([
      ['first-report', `${generated}株式会社サンプル`],
    ]);
    unmount();

    render(<SharePage id={incidentId} />);
    const first = await screen.findByRole('radio', { name: /第一報.*編集済み/ });
    await choose(first, user);
    const again = screen.getByLabelText(/^内容/) as HTMLTextAreaElement;
    expect(again.value).toBe(`${generated}株式会社サンプル`);
    // The other formats are untouched.
    expect(screen.getByRole('radio', { name: '第二報・最終報' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /記録から作り直す/ }));
    await waitFor(() => expect(again.value).toBe(generated));
    await waitFor(async () => expect(await listDrafts(incidentId)).toEqual([]));
    expect(screen.queryByRole('radio', { name: /編集済み/ })).toBeNull();
  });

  it('a draft typed just before leaving is kept (saved at once on leaving)', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<SharePage id={incidentId} />);
    const box = (await screen.findByLabelText(/^内容/)) as HTMLTextAreaElement;
    await user.type(box, '追記');
    unmount();
    await waitFor(async () => expect((await listDrafts(incidentId))[0]?.text).toMatch(/追記$/));
  });

  it('warns before コピー / 共有 / 保存 while placeholders remain, naming them', async () => {
    // userEvent.setup() would replace the clipboard spy with its own.
    const user = userEvent;
    await open();
    await choose(screen.getByRole('radio', { name: '第一報' }), user);
    await user.click(screen.getByRole('button', { name: 'コピー' }));
    const ask = screen.getByRole('alertdialog', { name: /まだ記入していない箇所が \d+ か所/ });
    expect(within(ask).getByText(/お問い合わせ窓口の名称/)).toBeTruthy();
    expect(ask.textContent).toContain('このままコピーしますか');
    await user.click(within(ask).getByRole('button', { name: '戻って記入する' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText(/^内容/));
    expect(writeText).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '共有' }));
    await user.click(screen.getByRole('button', { name: 'このまま共有する' }));
    expect(await screen.findByText(/コピーしました。ファイルにも保存しました/)).toBeTruthy();
    expect(writeText).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'ファイルに保存' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('このまま保存しますか');
  });

  it('第一報 can be written to one person or to everyone concerned', async () => {
    const box = await open();
    await choose(screen.getByRole('radio', { name: '第一報' }));
    const group = screen.getByRole('group', { name: '宛先' });
    expect(within(group).getByRole('radio', { name: /関係者の皆様へ/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(box.value).toContain('お取引先様・お客様各位');
    await userEvent.click(within(group).getByRole('radio', { name: /ひとりの方へ/ }));
    await waitFor(() => expect(box.value).toContain('（お名前を記入してください）様'));
    // Only the 第一報 has a 宛先; the 削除依頼 is for a misdirected mail only.
    await choose(screen.getByRole('radio', { name: '引継ぎ' }));
    expect(screen.queryByRole('group', { name: '宛先' })).toBeNull();
    expect(screen.queryByRole('radio', { name: /削除依頼/ })).toBeNull();
  });

  it('when a draft cannot be kept, says so calmly and keeps her text on screen', async () => {
    const saveDraft = useStore.getState().saveDraft;
    useStore.setState({
      saveDraft: async () => {
        throw new StorageError('quota');
      },
    });
    try {
      const user = userEvent.setup();
      const box = await open();
      await user.type(box, '大事な追記');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/書き直した内容を保存できませんでした/);
      expect(alert.textContent).toMatch(/画面の文章は残っています/);
      expect(box.value).toMatch(/大事な追記$/);
      expect(await listDrafts(incidentId)).toEqual([]);
    } finally {
      useStore.setState({ saveDraft });
    }
  });

  it('says so when the incident does not exist', async () => {
    render(<SharePage id="nope" />);
    expect((await screen.findByRole('alert')).textContent).toContain('見つかりませんでした');
  });
});
