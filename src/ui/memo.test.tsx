import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { memo } from './memo';

// Each row shows how often it was drawn, so a needless redraw is visible on screen.
const drawn: Record<string, number> = {};
function Row({ id, value }: { id: string; value: string }) {
  const [open, setOpen] = useState(false);
  drawn[id] = (drawn[id] ?? 0) + 1;
  return (
    <li>
      <button type="button" aria-pressed={open} onClick={() => setOpen(!open)}>
        {`${id}: ${value} (${drawn[id]})`}
      </button>
    </li>
  );
}
const MemoRow = memo(Row);

function List() {
  const [values, setValues] = useState({ a: '未完了', b: '未完了' });
  return (
    <>
      <button type="button" onClick={() => setValues({ ...values, a: '完了' })}>
        aを完了にする
      </button>
      <button type="button" onClick={() => setValues({ ...values })}>
        同じ値で描き直す
      </button>
      <ul>
        <MemoRow id="a" value={values.a} />
        <MemoRow id="b" value={values.b} />
      </ul>
    </>
  );
}

describe('memo', () => {
  it('redraws only the row whose props changed, and a row whose own state changed', async () => {
    for (const k of Object.keys(drawn)) delete drawn[k];
    render(<List />);
    expect(screen.getByRole('button', { name: 'a: 未完了 (1)' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '同じ値で描き直す' }));
    expect(screen.getByRole('button', { name: 'a: 未完了 (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'b: 未完了 (1)' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'aを完了にする' }));
    expect(screen.getByRole('button', { name: 'a: 完了 (2)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'b: 未完了 (1)' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'b: 未完了 (1)' }));
    expect(screen.getByRole('button', { name: 'b: 未完了 (2)', pressed: true })).toBeTruthy();
  });
});
