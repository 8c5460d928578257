import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import type { Incident } from '../../storage';
import { evaluate } from './engine';
import { ResultList } from './ResultList';

const saveFile = vi.hoisted(() => vi.fn(() => true));
vi.mock('../export/share', () => ({ saveFile }));

const AT = '2026-11-25T10:00:00+09:00';
const incident = {
  id: 'i1',
  title: 'USBの紛失',
  types: ['leak'],
  causes: ['loss'],
  discoveredAt: AT,
} as unknown as Incident;

describe('ResultList', () => {
  it('downloads the open deadlines as an .ics file through the shared saveFile', async () => {
    const obligations = evaluate(
      { personal: 'yes', count: 'over-1000', encrypted: 'no' },
      AT,
      incident.types,
      incident.causes,
    );
    render(
      <ResultList
        incident={incident}
        obligations={obligations}
        statuses={{}}
        contacts={new Map()}
        now={new Date(AT)}
        onStatus={() => Promise.resolve()}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /期限をカレンダーに追加/ }));
    expect(saveFile).toHaveBeenCalledWith(
      expect.stringContaining('BEGIN:VCALENDAR'),
      'reporting-deadlines.ics',
      'text/calendar',
    );
  });
});
