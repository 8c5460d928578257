import { describe, expect, it } from 'vitest';
import { useFreshDB } from './test-db';
import { DB_NAME } from './schema';
import {
  countIncidents,
  createIncident,
  getLanguageChoice,
  listIncidents,
  listPrep,
  setLanguageChoice,
} from './index';

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

describe('a device that has stored nothing yet', () => {
  useFreshDB();

  it('reads nothing and creates no database (a first visit)', async () => {
    expect(await getLanguageChoice()).toBeUndefined();
    expect(await listIncidents({ status: 'open', limit: 5 })).toMatchObject({ items: [] });
    expect(await countIncidents('open')).toBe(0);
    expect(await listPrep()).toEqual([]);
    expect(await databaseNames()).not.toContain(DB_NAME);
  });

  it('the first write creates the database, and reads then see what it stored', async () => {
    expect(await countIncidents('open')).toBe(0);
    await setLanguageChoice('en');
    await createIncident({ title: '事故', types: ['leak'], causes: [], by: '', log: '開始' });
    expect(await databaseNames()).toContain(DB_NAME);
    expect(await getLanguageChoice()).toBe('en');
    expect(await countIncidents('open')).toBe(1);
    expect((await listIncidents({ status: 'open', limit: 5 })).items).toHaveLength(1);
  });
});
