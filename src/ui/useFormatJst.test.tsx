import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { setLanguage } from '../i18n/active';
import { useFormatJst } from './useFormatJst';

afterEach(() => setLanguage('ja'));

function When({ iso }: { iso: string }) {
  return <p>{useFormatJst()(iso)}</p>;
}

describe('dates on screen', () => {
  it('name the weekday in the language on screen, the time always in JST', async () => {
    render(<When iso="2026-11-25T12:05:00Z" />);
    expect(screen.getByText('2026/11/25(水) 21:05')).toBeTruthy();
    await setLanguage('en');
    expect(await screen.findByText('2026/11/25(Wed) 21:05')).toBeTruthy();
  });
});
