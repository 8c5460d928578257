import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { createIncident, putPrep } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from './IncidentPage';
import { contactInput } from '../prep/test-prep';

useFreshDB();
beforeEach(() => {
  useStore.setState({
    responderName: '山田',
    openIncident: null,
    prep: null,
    storageProblem: null,
  });
});

const contact = (role: 'executive' | 'vendor', name: string, phone: string) =>
  putPrep(contactInput(role, phone, name));

describe('まず連絡する人', () => {
  it('offers 電話する for the 経営者 at the start, not yet the 保守ベンダー', async () => {
    await contact('executive', '山田 太郎', '090-1111-2222');
    await contact('vendor', '保守太郎', '03-9999-0000');
    const { incident } = await createIncident({
      title: '経理PC',
      types: ['ransomware'],
      causes: [],
      by: '山田',
      log: '対応を開始',
    });
    render(<IncidentPage id={incident.id} />);
    const box = await screen.findByRole('region', { name: 'まず連絡する人' });
    const call = await within(box).findByRole('link', { name: /電話する：経営者 山田 太郎/ });
    expect(call.getAttribute('href')).toBe('tel:090-1111-2222');
    expect(within(box).queryByText(/保守太郎/)).toBeNull();
  });

  it('points to 平時の備え when no contact is stored', async () => {
    const { incident } = await createIncident({
      title: '誤送信',
      types: ['leak'],
      causes: [],
      by: '山田',
      log: '対応を開始',
    });
    render(<IncidentPage id={incident.id} />);
    const box = await screen.findByRole('region', { name: 'まず連絡する人' });
    expect(within(box).getByRole('link', { name: '平時の備え' }).getAttribute('href')).toBe(
      '/prep/contacts',
    );
  });
});
