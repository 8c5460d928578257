// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  appendTimeline,
  createIncident,
  listFields,
  listTimeline,
  listTrash,
  putField,
} from './index';
import { applyRemote, type ApplyPolicy, type RemoteRecord } from './sync-apply';
import { sealEntry, verifyChains } from './chain';
import type { TimelineEntry } from './schema';
import { readAllForBackup } from './backup-repo';
import { setSetting, TEAM_KEY } from './settings';
import { useFreshDB } from './test-db';
import { listIncidentIdsSince } from './sync-read';

useFreshDB();

const start = async () =>
  (await createIncident({ title: '事案', types: ['virus'], causes: [], by: '山田', log: '開始' }))
    .incident;

/** Takes every remote record; keeps the stored value as a conflict when they differ. */
const takeAll: ApplyPolicy = (remote, local) =>
  remote.type === 'field' && local && (local as { value: string }).value !== remote.record.value
    ? { take: true, conflict: { text: `前: ${(local as { value: string }).value}`, by: '山田' } }
    : { take: true };

describe('applyRemote (team mode)', () => {
  it('adds another phone’s entries on their own chain; this phone’s chain continues after its own', async () => {
    const incident = await start();
    await appendTimeline({ incidentId: incident.id, text: 'こちらのメモ1', by: '山田' });
    // Another phone's entries: its own chain (seq 1, 2), received with `via`.
    const entry = (id: string, text: string): TimelineEntry => ({
      id,
      incidentId: incident.id,
      at: '2026-01-01T00:00:00.000Z',
      createdAt: '2026-01-01T00:00:00.000Z',
      kind: 'note',
      text,
      by: '鈴木',
    });
    const b1 = sealEntry(entry('b1', 'B のメモ1'), undefined);
    const theirs = [b1, sealEntry(entry('b2', 'B のメモ2'), b1)];
    const remote: RemoteRecord[] = theirs.map((e) => ({
      type: 'timeline',
      record: { ...e, via: { device: 'dev-b', name: '鈴木のスマホ' } },
    }));
    const result = await applyRemote(remote, takeAll);
    expect(result.incidents).toEqual([incident.id]);
    // Applying the same entries again adds nothing (union, never changed).
    await applyRemote(remote, takeAll);
    await appendTimeline({ incidentId: incident.id, text: 'こちらのメモ2', by: '山田' });
    const all = await listTimeline(incident.id);
    expect(all).toHaveLength(5);
    const mine = all.filter((e) => !e.via);
    expect(mine.map((e) => e.seq)).toEqual([1, 2, 3]);
    const report = verifyChains(all);
    expect(report.ok).toBe(true);
    expect(report.ok && report.head?.text).toBe('こちらのメモ2');
  });

  it('a changed entry of another phone breaks only the check of its chain, and is reported', async () => {
    const incident = await start();
    const [first] = await listTimeline(incident.id);
    // A copy of an entry with its text changed after it was hashed.
    await applyRemote(
      [
        {
          type: 'timeline',
          record: { ...first!, id: 'x', text: '書き換え', via: { device: 'dev-b', name: 'B' } },
        },
      ],
      takeAll,
    );
    const report = verifyChains(await listTimeline(incident.id));
    expect(report.ok).toBe(false);
    expect(!report.ok && report.at.id).toBe('x');
  });

  it('a field taken from another phone keeps the replaced value as a conflict entry', async () => {
    const incident = await start();
    await putField({ incidentId: incident.id, fieldId: 'event', value: '端末Aの文', by: '山田' });
    const field = (await listFields(incident.id))[0]!;
    await applyRemote(
      [
        {
          type: 'field',
          record: {
            ...field,
            value: '端末Bの文',
            updatedAt: '2099-01-01T00:00:00.000Z',
            device: 'dev-b',
          },
        },
      ],
      takeAll,
    );
    expect((await listFields(incident.id))[0]).toMatchObject({
      value: '端末Bの文',
      device: 'dev-b',
    });
    const conflict = (await listTimeline(incident.id)).find((e) => e.kind === 'conflict');
    expect(conflict?.text).toBe('前: 端末Aの文');
    expect(conflict?.via).toBeUndefined();
    // The conflict entry is this phone's write: the incident is found as changed since then,
    // so a page closed before the entry was sent still sends it at the next start.
    expect(await listIncidentIdsSince(field.updatedAt)).toEqual([incident.id]);
    expect(await listIncidentIdsSince(conflict!.createdAt)).toEqual([]);
  });

  it('a record the policy refuses changes nothing', async () => {
    const incident = await start();
    await putField({ incidentId: incident.id, fieldId: 'event', value: '残る', by: '山田' });
    const field = (await listFields(incident.id))[0]!;
    await applyRemote([{ type: 'field', record: { ...field, value: '負け' } }], () => ({
      take: false,
    }));
    expect((await listFields(incident.id))[0]?.value).toBe('残る');
  });

  it('a backup never carries team mode’s row (password and keys)', async () => {
    await setSetting(TEAM_KEY, { enabled: true, password: 'secret', db: 'team' });
    await setSetting('responderName', '山田');
    const backup = await readAllForBackup();
    expect(backup.settings.map((s) => s.key)).toEqual(['responderName']);
  });
});

describe('applyRemote keeps the indexes of incidents from another phone', () => {
  it('an incident trashed on another phone is in this phone’s trash, and leaves it when restored', async () => {
    const incident = await start();
    const trashed = {
      ...incident,
      deletedAt: '2099-01-01T00:00:00.000Z',
      updatedAt: '2099-01-01T00:00:00.000Z',
    };
    await applyRemote([{ type: 'incident', record: trashed }], takeAll);
    expect((await listTrash()).map((i) => i.id)).toEqual([incident.id]);
    await applyRemote([{ type: 'incident', record: { ...trashed, deletedAt: null } }], takeAll);
    expect(await listTrash()).toEqual([]);
  });
});
