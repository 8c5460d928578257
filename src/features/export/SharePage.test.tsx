import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { content, fullSnapshot } from '../../export/test-fixtures';
import SharePage from './SharePage';

vi.mock('./share-data', () => ({
  loadShareData: vi.fn(async (id: string) =>
    id === fullSnapshot.incident.id ? { snapshot: fullSnapshot, content } : null,
  ),
}));

const nav = navigator as unknown as Record<string, unknown>;

describe('共有・出力', () => {
  let writeText: ReturnType<typeof vi.fn>;
  let click: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
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
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
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

  it('says so when the incident does not exist', async () => {
    render(<SharePage id="nope" />);
    expect((await screen.findByRole('alert')).textContent).toContain('見つかりませんでした');
  });
});
