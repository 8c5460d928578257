import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { SourceNote } from './SourceNote';

describe('SourceNote', () => {
  it('shows 出典確認中 in plain words for a fact not yet checked against its text', () => {
    const { container } = render(<SourceNote source="施行規則第8条第2項" verified={false} />);
    expect(container.textContent).toContain('（根拠：施行規則第8条第2項）');
    const badge = screen.getByText('出典確認中');
    expect(badge.closest('summary')).toBeTruthy();
    expect(screen.getByText(/まだ確かめきれていません/)).toBeTruthy();
  });

  it('shows only the source for a checked fact', () => {
    const { container } = render(<SourceNote source="施行規則第8条第2項" verified />);
    expect(container.textContent).toBe('（根拠：施行規則第8条第2項）');
    expect(screen.queryByText('出典確認中')).toBeNull();
  });
});
