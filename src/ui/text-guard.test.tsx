import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { BIDI_CONTROLS, hasUnsafeChars } from '../lib/unsafe-text';
import { renderedStrings } from './test-rendered';

// The render guard is installed by the test setup, as src/main.tsx installs it in the app.

describe('the render guard', () => {
  it.each(BIDI_CONTROLS.map((c) => [c.charCodeAt(0).toString(16), c]))(
    'shows U+%s in text as a visible mark and drops it from attributes and values',
    (_, c) => {
      const text = `業種${c}exe.txt`;
      render(
        <div>
          <p title={text}>{text}</p>
          <p>
            伝えること：<strong aria-label={text}>{text}</strong>
          </p>
          <textarea aria-label="メモ" value={text} />
          <input aria-label="氏名" value={text} />
        </div>,
      );
      const strings = renderedStrings(document.body);
      expect(strings.filter(hasUnsafeChars)).toEqual([]);
      expect(screen.getAllByText(/^業種\[U\+[0-9A-F]{4}\]exe\.txt$/)).toHaveLength(2);
      expect(screen.getByLabelText<HTMLTextAreaElement>('メモ').value).toBe('業種exe.txt');
      expect(screen.getByLabelText<HTMLInputElement>('氏名').value).toBe('業種exe.txt');
    },
  );

  it('leaves text without such characters as it is', () => {
    render(<p>{'日本語\tタブ\n改行 مرحبا'}</p>);
    expect(document.body.textContent).toBe('日本語\tタブ\n改行 مرحبا');
  });
});
