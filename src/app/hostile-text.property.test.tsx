// Property: text with any control or bidi formatting character in it (U+202A–U+202E,
// U+2066–U+2069, U+200E, U+200F, U+061C, C0/C1 controls), in every kind of user text (the
// incident's title, record fields, checklist notes, timeline entries, reporting memos, evidence
// names and notes, names, every field of 備え), typed through the UI, restored from a backup or
// received from another phone, never reaches the screen or an export as the raw character.
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { LocationProvider } from 'preact-iso';
import { IDBFactory } from 'fake-indexeddb';
import { useStore } from './store';
import { hasUnsafeChars } from '../lib/unsafe-text';
import { closeDB, listIncidents } from '../storage';
import { listEvidence } from '../storage/evidence';
import { readAllForBackup, restoreBackupData } from '../storage/backup-repo';
import type { BackupData } from '../storage/backup-stores';
import { useFreshDB } from '../storage/test-db';
import { decide as restoreRule } from '../export/backup/merge';
import { makeBackup, serializeBackup } from '../export/backup/format';
import { readBackupText } from '../export/backup/parse';
import { buildExport, EXPORT_KINDS } from '../export/build';
import { evidenceListCsv, evidenceListText } from '../export/evidence-list';
import { loadShareData } from '../features/export/share-data';
import { deriveTeamKeys } from '../sync/crypto';
import { recordKey, recordTime, type Envelope } from '../sync/docs';
import { Puller } from '../sync/pull';
import { memoryDb, sealedDoc } from '../sync/test-memory-db';
import type { RemoteRecord } from '../storage/sync-apply';
import { renderedStrings } from '../ui/test-rendered';
import IncidentPage from '../features/incidents/IncidentPage';
import IncidentsPage from '../features/incidents/IncidentsPage';
import NewIncidentPage from '../features/incidents/NewIncidentPage';
import RecordPage from '../features/incidents/RecordPage';
import TimelinePage from '../features/incidents/TimelinePage';
import EvidencePage from '../features/incidents/EvidencePage';
import PrepPartPage from '../features/prep/PrepPartPage';
import CardPage from '../features/prep/CardPage';
import {
  fillPrepForm,
  hostileValues,
  storeUnstripped,
  typeChecklistNote,
  typeEvidence,
  typeNewIncident,
  typeRecordFields,
  typeReportingMemo,
  typeTimelineEntry,
} from './test-hostile-text';

useFreshDB();
beforeEach(() => {
  localStorage.clear();
  resetStore();
});

function resetStore() {
  useStore.setState({
    responderName: '',
    openIncident: null,
    openIncidentError: null,
    prep: null,
    prepError: null,
    storageProblem: null,
  });
}

const inApp = (page: ComponentChild) => <LocationProvider>{page}</LocationProvider>;

/**
 * Renders a page, waits until it shows `heading` (its own words) and some user text (a tag, in
 * text or a form value), and returns every string on screen.
 */
async function show(page: ComponentChild, heading: string): Promise<string[]> {
  render(inApp(page));
  let strings: string[] = [];
  await waitFor(() => {
    strings = renderedStrings(document.body);
    expect(document.body.textContent).toContain(heading);
    expect(strings.join('\n')).toMatch(/Q\d\d/);
  });
  cleanup();
  return strings;
}

/**
 * Everything the pages that show user text put on screen for incident `id`, once each page shows
 * its own text. Every tag must be on some page (so the check looked at every value).
 */
async function everythingOnScreen(id: string, tags: string[]): Promise<string[]> {
  const all: string[] = [];
  const pages: [ComponentChild, string][] = [
    [<IncidentPage id={id} />, 'まず連絡する人'],
    [<RecordPage id={id} />, '5W1H'],
    [<TimelinePage id={id} />, '個人情報保護委員会'],
    [<EvidencePage id={id} />, '証拠一覧（1件'],
    [<IncidentsPage />, '対応中'],
    [<PrepPartPage part="company" />, '会社の情報'],
    [<PrepPartPage part="contacts" />, '社外'],
    [<PrepPartPage part="systems" />, 'システムと情報'],
    [<CardPage />, '緊急カード'],
  ];
  for (const [page, heading] of pages) {
    resetStore();
    all.push(...(await show(page, heading)));
  }
  const screenText = all.join('\n');
  expect(tags.filter((t) => !screenText.includes(t))).toEqual([]);
  return all;
}

/** Every document that leaves the phone for incident `id`: reports, evidence lists, a backup. */
async function everyExport(id: string): Promise<string[]> {
  const data = await loadShareData(id);
  if (!data) throw new Error('no incident');
  const docs = EXPORT_KINDS.flatMap(({ kind }) => {
    const doc = buildExport(kind, data.snapshot, data.content, '2026-11-26T00:00:00.000Z');
    return [doc.text, doc.filename];
  });
  const evidence = await listEvidence(id);
  const backup = serializeBackup(makeBackup(await readAllForBackup(), meta));
  return [
    ...docs,
    evidenceListText('件名', evidence, meta.createdAt),
    evidenceListCsv(evidence),
    backup,
  ];
}

const meta = { appVersion: 't', dbVersion: 3, createdAt: '2026-11-26T00:00:00.000Z' };

/** The stored records (settings aside, and timeline entries when they may keep what was sealed). */
async function storedText(withTimeline: boolean): Promise<string[]> {
  const all = await readAllForBackup({ evidenceFiles: false });
  return Object.entries(all)
    .filter(([store]) => store !== 'settings' && (withTimeline || store !== 'timeline'))
    .flatMap(([, list]) => (list as unknown[]).map((r) => JSON.stringify(r)));
}

/** Characters that must not be there: each offending string, shortened, with where it was. */
const offending = (where: string, strings: string[]) =>
  strings.filter(hasUnsafeChars).map((s) => `${where}: ${JSON.stringify(s.slice(0, 80))}`);

/**
 * Every raw control character that is stored (timeline entries only when `storedTimeline`:
 * restored and synced entries keep what their hash sealed), on screen or in an export, named by
 * where it was; `onScreen` receives what the pages showed.
 */
async function rawControlsOf(
  id: string,
  tags: string[],
  { storedTimeline, onScreen = [] }: { storedTimeline: boolean; onScreen?: string[] },
): Promise<string[]> {
  onScreen.push(...(await everythingOnScreen(id, tags)));
  return [
    ...offending('stored', await storedText(storedTimeline)),
    ...offending('screen', onScreen),
    ...offending('export', await everyExport(id)),
  ];
}

/** A fresh, empty database (another phone, or the same phone after its data was lost). */
async function freshDatabase() {
  await closeDB();
  globalThis.indexedDB = new IDBFactory();
}

const incidentId = async () => (await listIncidents({ limit: 1 })).items[0]!.id;

describe('control and bidi characters in user text', () => {
  it('typed into every form: stored without them, and never on screen or in an export', async () => {
    const values = hostileValues();
    const { value } = values;
    // 備え, every text field of the company, two contacts and the systems.
    for (const [part, forms] of [
      ['company', ['会社の情報']],
      ['contacts', ['担当者の連絡先', 'サイバー保険（事故受付）の連絡先']],
      ['systems', ['システムと情報']],
    ] as const) {
      render(inApp(<PrepPartPage part={part} />));
      for (const name of forms)
        await fillPrepForm(await screen.findByRole('form', { name }), value);
      cleanup();
      resetStore();
    }
    // A new incident (its title and the responder's name), then its record.
    history.replaceState(null, '', '/incidents/new?type=ransomware');
    render(inApp(<NewIncidentPage />));
    await typeNewIncident(value);
    await waitFor(() => expect(location.pathname).toMatch(/^\/incidents\/[0-9a-f-]{36}$/));
    const id = location.pathname.split('/')[2]!;
    cleanup();
    const pages: [ComponentChild, (value: () => string) => Promise<void>][] = [
      [<IncidentPage id={id} />, typeChecklistNote],
      [<RecordPage id={id} />, typeRecordFields],
      [<TimelinePage id={id} />, typeTimelineEntry],
      [<EvidencePage id={id} />, typeEvidence],
    ];
    for (const [page, typeInto] of pages) {
      render(inApp(page));
      await typeInto(value);
      cleanup();
    }
    await typeReportingMemo(id, value);

    expect(await rawControlsOf(id, values.tags, { storedTimeline: true })).toEqual([]);
  }, 120_000);

  it('restored from a backup of an older version: stripped, kept entries marked on screen', async () => {
    const values = hostileValues();
    await storeUnstripped(values);
    const file = serializeBackup(
      makeBackup(await readAllForBackup({ evidenceFiles: false }), meta),
    );
    expect(offending('backup file', [file])).toEqual([]);
    await freshDatabase();
    const { backup, problems } = await readBackupText(file);
    expect(problems).toEqual([]);
    await restoreBackupData(backup.data, restoreRule);
    const id = await incidentId();

    const onScreen: string[] = [];
    expect(await rawControlsOf(id, values.tags, { storedTimeline: false, onScreen })).toEqual([]);
    // A timeline entry keeps its sealed text: shown with a visible mark, not hidden.
    expect(onScreen.join('\n')).toMatch(/\[U\+202E\]/);
  }, 120_000);

  it('received from another phone of the team: stripped, kept entries marked on screen', async () => {
    const values = hostileValues();
    await storeUnstripped(values);
    const sent = await readAllForBackup({ evidenceFiles: false });
    await freshDatabase();
    const keys = await deriveTeamKeys('合言葉', 'team-a', 1000);
    const docs = await Promise.all(envelopes(sent).map((env) => sealedDoc(keys, env)));
    const me = { device: 'dev-a', name: '佐藤のスマホ' };
    const puller = new Puller(memoryDb(docs), keys, me, (r) => r.type);
    await puller.drain();
    expect([...puller.unreadable, ...puller.rejected]).toEqual([]);
    const id = await incidentId();

    expect(await rawControlsOf(id, values.tags, { storedTimeline: false })).toEqual([]);
  }, 120_000);
});

const TYPE_OF: Partial<Record<keyof BackupData, RemoteRecord['type']>> = {
  incidents: 'incident',
  fields: 'field',
  progress: 'progress',
  reporting: 'reporting',
  timeline: 'timeline',
  evidence: 'evidence',
  prep: 'prep',
};

/** Every record as another phone (named with control characters too) sends it. */
function envelopes(data: BackupData): Envelope[] {
  return Object.entries(TYPE_OF).flatMap(([store, type]) =>
    (data[store as keyof BackupData] as RemoteRecord['record'][]).map((record) => {
      const r = { type, record } as RemoteRecord;
      return {
        type: r.type,
        key: recordKey(r),
        device: 'dev-b',
        name: '鈴木\u202Eのスマホ',
        at: recordTime(r),
        record,
      };
    }),
  );
}
