import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { useStore } from '../../app/store';
import { createIncident } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import IncidentPage from './IncidentPage';

useFreshDB();
beforeEach(() => {
  useStore.setState({ responderName: '山田', openIncident: null, storageProblem: null });
});

const open = async (types: string[]) => {
  const { incident } = await createIncident({
    title: 'PC',
    types,
    causes: [],
    by: '山田',
    log: '開始',
  });
  render(<IncidentPage id={incident.id} />);
  await screen.findByRole('heading', { level: 1, name: 'PC' });
  return incident.id;
};

describe('「まず撮影」 beside the urgent card', () => {
  it('is offered for ransomware and leads to 証拠', async () => {
    const id = await open(['ransomware']);
    const link = screen.getByRole('link', { name: 'まず撮影：感染した画面を写真で残す' });
    expect(link.getAttribute('href')).toBe(`/incidents/${id}/evidence`);
  });

  it('is not offered for a misdelivered mail', async () => {
    await open(['leak']);
    expect(screen.queryByRole('link', { name: /まず撮影/ })).toBeNull();
  });
});
