import { describe, expect, it } from 'vitest';
import { createIncident, listTrash } from '../../storage';
import { useFreshDB } from '../../storage/test-db';
import type { AppState } from '../../app/store';
import { createIncidentListSlice, PAGE_SIZE } from './list-slice';

useFreshDB();

/** The list slice on its own, over a plain object instead of the app store. */
const standalone = () => {
  let state = {} as AppState;
  const get = () => state;
  const set = (p: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => {
    state = { ...state, ...(typeof p === 'function' ? p(state) : p) };
  };
  state = { ...state, ...createIncidentListSlice(set, get) };
  return get;
};

const start = (title: string) =>
  createIncident({ title, types: ['virus'], causes: [], by: '山田', log: '開始' });

describe('incident list slice', () => {
  it('pages the list, trashes and restores without the open-incident slice', async () => {
    for (let i = 0; i < PAGE_SIZE + 1; i++) await start(`件${i}`);
    const get = standalone();
    await get().loadIncidentList(null);
    expect(get().incidentList).toMatchObject({ loaded: true, loading: false, error: null });
    expect(get().incidentList.items).toHaveLength(PAGE_SIZE);
    expect(get().incidentList.items[0]?.title).toBe(`件${PAGE_SIZE}`);
    await get().loadMoreIncidents();
    expect(get().incidentList.items).toHaveLength(PAGE_SIZE + 1);
    expect(get().incidentList.next).toBeNull();

    const first = get().incidentList.items[0]!;
    await get().trashIncident(first.id);
    expect(get().incidentList.items.map((i) => i.id)).not.toContain(first.id);
    expect((await get().listTrash()).map((i) => i.id)).toEqual([first.id]);
    await get().restoreIncident(first.id);
    expect(await listTrash()).toEqual([]);
  });
});
