import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../lib/limits';
import { TextField } from './TextField';

function Title({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return <TextField id="t" label="件名" limit="title" value={value} onValue={setValue} />;
}

describe('a text input with a limit', () => {
  it('takes its maxlength from LIMITS and is described by its counter', () => {
    render(<Title initial="" />);
    const input = screen.getByLabelText('件名') as HTMLInputElement;
    expect(input.maxLength).toBe(LIMITS.title);
    expect(input.getAttribute('aria-describedby')).toBe('t-count');
    // Far from the limit the counter says nothing.
    expect(document.getElementById('t-count')?.textContent).toBe('');
  });

  it('counts down calmly near the limit and says so at the limit', async () => {
    render(<Title initial={'あ'.repeat(LIMITS.title - 3)} />);
    expect(screen.getByText('あと3文字入力できます。')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('件名'), 'いうえ');
    expect(screen.getByText(`入力できるのは${LIMITS.title}文字までです。`)).toBeTruthy();
  });
});
