// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import {
  appendTimeline,
  createIncident,
  getIncident,
  listIncidents,
  listTrash,
  loadIncidentSnapshot,
  moveToTrash,
  purgeTrash,
  putField,
  restoreFromTrash,
  setDiscoveredAt,
  setIncidentTypes,
  setProgress,
  updateIncidentStatus,
  getResponderName,
  setResponderName,
  StorageError,
  toStorageError,
  closeDB,
  getDB,
  onRemoteChange,
  type ChangeMessage,
} from './index';
import { DB_NAME } from './schema';
import { fillDiskFor, useFreshDB } from './test-db';

const start = (title = '事案', types = ['ransomware']) =>
  createIncident({ title, types, causes: [], by: '山田', log: '対応を開始' });

describe('incidents', () => {
  useFreshDB();

  it('creates an open incident with a first timeline entry; only the first is "first"', async () => {
    const a = await start('A');
    const b = await start('B');
    expect(a.first).toBe(true);
    expect(b.first).toBe(false);
    const snap = await loadIncidentSnapshot(a.incident.id);
    expect(snap?.incident.status).toBe('open');
    expect(snap?.timeline).toMatchObject([{ kind: 'created', text: '対応を開始', by: '山田' }]);
  });

  it('changes status, types and 発覚日時 with a timeline entry each, bumping updatedAt', async () => {
    // No pause needed: stored times are strictly increasing within a tab (nowIso).
    const { incident } = await start();
    await updateIncidentStatus(incident.id, 'recovered', { text: '状態: 復旧済み', by: '山田' });
    await setIncidentTypes(incident.id, ['ransomware', 'leak'], ['misdelivery'], {
      text: '分類を変更',
      by: '山田',
    });
    await setDiscoveredAt(incident.id, '2026-11-01T00:00:00.000Z', {
      text: '発覚日時',
      by: '山田',
    });
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.incident).toMatchObject({
      status: 'recovered',
      types: ['ransomware', 'leak'],
      causes: ['misdelivery'],
      discoveredAt: '2026-11-01T00:00:00.000Z',
    });
    expect(snap!.incident.updatedAt > incident.updatedAt).toBe(true);
    expect(snap?.timeline.map((t) => t.kind)).toEqual(['created', 'status', 'field', 'field']);
  });

  it('pages newest activity first by cursor, with ties, status filter and no trashed rows', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) ids.push((await start(`#${i}`)).incident.id);
    // Activity on #3 makes it the newest.
    await putField({ incidentId: ids[3], fieldId: 'event', value: 'x', by: '山田' });
    await updateIncidentStatus(ids[5], 'closed', { text: '完了', by: '山田' });
    await moveToTrash(ids[7]);

    const seen: string[] = [];
    let page = await listIncidents({ limit: 10 });
    seen.push(...page.items.map((i) => i.title));
    while (page.next) {
      page = await listIncidents({ limit: 10, after: page.next });
      seen.push(...page.items.map((i) => i.title));
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    expect(seen).not.toContain('#7');
    expect(seen.slice(0, 2).sort()).toEqual(['#3', '#5']);

    const closed = await listIncidents({ status: 'closed', limit: 10 });
    expect(closed.items.map((i) => i.title)).toEqual(['#5']);
    expect(closed.next).toBeNull();
    const open = await listIncidents({ status: 'open', limit: 20 });
    expect(open.items).toHaveLength(20);
    const rest = await listIncidents({ status: 'open', limit: 20, after: open.next });
    expect(rest.items).toHaveLength(3);
    expect(rest.next).toBeNull();
  });

  it('trash: restorable, purged only after 30 days, with every part', async () => {
    const { incident } = await start('消す');
    const keep = (await start('残す')).incident;
    await putField({ incidentId: incident.id, fieldId: 'event', value: 'x', by: '山田' });
    await setProgress({ incidentId: incident.id, itemId: 'a', state: 'done', by: '山田' });
    await moveToTrash(incident.id);
    expect((await listTrash()).map((i) => i.id)).toEqual([incident.id]);
    await restoreFromTrash(incident.id);
    expect(await listTrash()).toEqual([]);
    expect((await getIncident(incident.id))?.deletedAt).toBeNull();

    await moveToTrash(incident.id);
    expect(await purgeTrash(new Date(Date.now() + 29 * 86_400_000))).toEqual([]);
    expect(await purgeTrash(new Date(Date.now() + 31 * 86_400_000))).toEqual([incident.id]);
    expect(await loadIncidentSnapshot(incident.id)).toBeUndefined();
    const db = await getDB();
    expect(await db.getAllFromIndex('progress', 'byIncident', incident.id)).toEqual([]);
    expect(await db.getAllFromIndex('fields', 'byIncident', incident.id)).toEqual([]);
    expect(await db.count('timeline')).toBe(1);
    expect(await getIncident(keep.id)).toBeDefined();
    expect(await listTrash()).toEqual([]);
  });
});

describe('fields, progress, timeline, settings', () => {
  useFreshDB();

  it('progress logs only state changes, in the same transaction', async () => {
    const { incident } = await start();
    const tick = (state: 'done' | 'open') =>
      setProgress(
        { incidentId: incident.id, itemId: 'isolate', state, by: '山田', note: 'LAN' },
        { text: state === 'done' ? '完了: 切り離し' : '未完了に戻す' },
      );
    await tick('done');
    await tick('done');
    await tick('open');
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.progress).toMatchObject([{ itemId: 'isolate', state: 'open', note: 'LAN' }]);
    expect(snap?.timeline.filter((t) => t.kind === 'item').map((t) => t.text)).toEqual([
      '完了: 切り離し',
      '未完了に戻す',
    ]);
  });

  it('progress keeps the stored note and time unless new ones are given', async () => {
    const { incident } = await start();
    const key = { incidentId: incident.id, itemId: 'isolate', by: '山田' };
    const { progress: first } = await setProgress({
      ...key,
      state: 'done',
      at: '2026-11-20T00:00:00.000Z',
    });
    // Another tab writes a note; this tab then re-saves and unticks without knowing it.
    await setProgress({ ...key, state: 'done', note: 'LANケーブルを抜いた' });
    const { progress: again } = await setProgress({ ...key, state: 'done' });
    expect(again).toMatchObject({ note: 'LANケーブルを抜いた', at: first.at });
    const { progress: reopened } = await setProgress({ ...key, state: 'open' });
    expect(reopened.note).toBe('LANケーブルを抜いた');
    expect(reopened.at).not.toBe(first.at);
    const { progress: moved } = await setProgress({
      ...key,
      state: 'open',
      at: '2026-11-21T00:00:00.000Z',
    });
    expect(moved.at).toBe('2026-11-21T00:00:00.000Z');
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.progress).toMatchObject([{ note: 'LANケーブルを抜いた', at: moved.at }]);
  });

  it('fields are written one at a time, so two writers do not overwrite each other', async () => {
    const { incident } = await start();
    await Promise.all([
      putField({ incidentId: incident.id, fieldId: 'event', value: '画面に脅迫文', by: 'A' }),
      setProgress({ incidentId: incident.id, itemId: 'isolate', state: 'done', by: 'B' }),
      putField({ incidentId: incident.id, fieldId: 'cause', value: 'VPN', by: 'B' }),
    ]);
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.fields.map((f) => [f.fieldId, f.value, f.updatedBy]).sort()).toEqual([
      ['cause', 'VPN', 'B'],
      ['event', '画面に脅迫文', 'A'],
    ]);
    expect(snap?.progress).toHaveLength(1);
  });

  it('timeline is ordered by when it happened; corrections refer to the old entry', async () => {
    const { incident } = await start();
    const early = await appendTimeline({
      incidentId: incident.id,
      text: '異常に気付いた',
      by: '山田',
      at: '2020-01-01T00:00:00.000Z',
    });
    const fix = await appendTimeline({
      incidentId: incident.id,
      text: '正しくは 9:30',
      by: '山田',
      corrects: early.id,
    });
    const snap = await loadIncidentSnapshot(incident.id);
    expect(snap?.timeline[0].id).toBe(early.id);
    expect(snap?.timeline.find((t) => t.id === fix.id)).toMatchObject({
      kind: 'correction',
      corrects: early.id,
    });
    expect(snap?.timeline).toHaveLength(3);
  });

  it('a write to a missing incident fails with a StorageError and writes nothing', async () => {
    await expect(
      putField({ incidentId: 'nope', fieldId: 'event', value: 'x', by: 'A' }),
    ).rejects.toBeInstanceOf(StorageError);
    expect(await (await getDB()).count('fields')).toBe(0);
  });

  it('stores the responder name', async () => {
    expect(await getResponderName()).toBe('');
    await setResponderName('  佐藤 一郎 ');
    expect(await getResponderName()).toBe('佐藤 一郎');
  });

  it('tells other tabs after a commit', async () => {
    const got: ChangeMessage[] = [];
    const stop = onRemoteChange((m) => got.push(m));
    // A message from "another tab": a separate channel with another source id.
    const other = new BroadcastChannel('incident-navi');
    other.postMessage({ type: 'changed', source: 'other', incidentId: 'x', part: 'fields' });
    await start();
    await vi.waitFor(() => expect(got).toHaveLength(1));
    expect(got[0]).toMatchObject({ incidentId: 'x', part: 'fields' });
    other.close();
    stop();
  });
});

describe('errors', () => {
  useFreshDB();

  it('maps DOM errors to typed kinds with Japanese messages', () => {
    const quota = toStorageError(new DOMException('full', 'QuotaExceededError'));
    expect(quota.kind).toBe('quota');
    expect(quota.message).toMatch(/空き容量/);
    // The stored database is newer than this code: switch to the newer version.
    expect(toStorageError(new DOMException('v', 'VersionError')).kind).toBe('outdated');
    expect(toStorageError(new Error('x')).kind).toBe('failed');
  });

  it('a quota error mid-transaction aborts it and is reported as kind quota', async () => {
    const { incident } = await start();
    const spy = fillDiskFor('fields');
    const err = await putField({ incidentId: incident.id, fieldId: 'event', value: 'x', by: 'A' })
      .then(() => null)
      .catch((e: unknown) => e);
    spy.mockRestore();
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).kind).toBe('quota');
    // The incident's updatedAt bump in the same transaction was rolled back too.
    expect((await getIncident(incident.id))?.updatedAt).toBe(incident.updatedAt);
  });

  it('IndexedDB unavailable → kind unavailable', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulate a browser without IndexedDB
    delete globalThis.indexedDB;
    await expect(getDB()).rejects.toMatchObject({ kind: 'unavailable' });
    globalThis.indexedDB = saved;
  });

  it('a newer version elsewhere: this connection closes, reports version; the newer one is not blocked', async () => {
    const db = await getDB();
    const lost: string[] = [];
    const { onConnectionLost } = await import('./db');
    const stop = onConnectionLost((e) => lost.push(e.kind));
    const req = indexedDB.open(DB_NAME, db.version + 1);
    await new Promise((resolve, reject) => {
      req.onsuccess = resolve;
      req.onerror = reject;
    });
    req.result.close();
    expect(lost).toEqual(['version']);
    // Opening again with the old code now asks to switch to the newer version (not the same
    // 「別のタブで…」 message again after the reload).
    await closeDB();
    await expect(getDB()).rejects.toMatchObject({ kind: 'outdated' });
    stop();
  });
});
