import type { SliceCreator } from '../../app/store';
import {
  appendTimeline,
  createIncident,
  getResponderName,
  getStorageInfo,
  listOlderTimeline,
  loadIncidentView,
  loadPrepProfile,
  onConnectionLost,
  onRemoteChange,
  purgeTrash,
  putField,
  renameIncident,
  requestPersistence,
  setDiscoveredAt,
  setIncidentTypes,
  setProgress,
  setResponderName,
  toStorageError,
  updateIncidentStatus,
  type FieldSave,
  type FieldValue,
  type Incident,
  type IncidentStatus,
  type ProgressEntry,
  type StorageInfo,
  type TimelineCursor,
  type TimelineEntry,
} from '../../storage';
import { clearUnsavedOf } from '../../ui/unsaved-text';
import { stripUnsafeChars as clean, stripUnsafeDeep } from '../../lib/unsafe-text';

/** The incident open on screen, as last read from storage. */
export interface OpenIncident {
  incident: Incident;
  fields: Record<string, FieldValue>;
  progress: Record<string, ProgressEntry>;
  /** The newest timeline entries read so far, oldest first (a page at a time). */
  timeline: TimelineEntry[];
  /** How many entries the whole timeline has. */
  timelineTotal: number;
  /** Where the next older page starts; null when every entry is loaded. */
  olderTimeline: TimelineCursor | null;
}

/** How many timeline entries a page reads (the newest first, older ones on request). */
export const TIMELINE_PAGE = 100;

/** What a person fills in to start an incident. */
export interface StartInput {
  title: string;
  types: string[];
  causes: string[];
  discoveredAt: string;
  /** Text of the first timeline entry. */
  log: string;
  /** The scenario id when starting a drill (訓練). */
  drill?: string;
}

/** Why an incident cannot be shown: not on this device, or storage failed (its message). */
export type IncidentLoadError = { kind: 'not-found' } | { kind: 'storage'; message: string };

/** The open incident, its writes, the responder's name (the list is in list-slice.ts). */
export interface IncidentsSlice {
  openIncident: OpenIncident | null;
  /** Why the open incident could not be shown (its words are the page's). */
  openIncidentError: IncidentLoadError | null;
  /** The responder's name; null until read from storage. */
  responderName: string | null;
  /** A storage problem that needs a reload (another version, connection lost). */
  storageProblem: string | null;
  /** Result of asking for persistent storage when the first incident was created. */
  persistResult: boolean | null;
  /** Hides the persistence notice (clears persistResult). */
  dismissPersistResult(): void;
  /** Subscribes to other tabs and loads the name; safe to call from every page. */
  initIncidents(): void;
  loadIncident(id: string): Promise<void>;
  /** Reads the next older page of the open incident's timeline. */
  loadOlderTimeline(incidentId: string): Promise<void>;
  startIncident(input: StartInput): Promise<Incident>;
  saveResponderName(name: string): Promise<void>;
  setItem(
    incidentId: string,
    itemId: string,
    state: ProgressEntry['state'],
    /** `at` / `note` only when the person edited them; omitted, storage keeps the stored ones. */
    options: { log: string; at?: string; note?: string },
  ): Promise<void>;
  // Every write names its incident: the one the view rendered when the save was queued,
  // never whichever incident happens to be open when the write runs.
  /** Compare-and-set on `base` (see putField): a newer text from elsewhere goes to the timeline. */
  saveField(
    incidentId: string,
    fieldId: string,
    value: string,
    check?: { base: string | null; conflictLog: (other: FieldValue) => string },
  ): Promise<FieldSave>;
  addTimelineEntry(incidentId: string, text: string, at?: string, corrects?: string): Promise<void>;
  changeStatus(incidentId: string, status: IncidentStatus, log: string): Promise<void>;
  rename(incidentId: string, title: string): Promise<void>;
  changeTypes(incidentId: string, types: string[], causes: string[], log: string): Promise<void>;
  changeDiscoveredAt(incidentId: string, iso: string, log: string): Promise<void>;
  /** Whether storage is persistent and how much is used (never throws). */
  storageInfo(): Promise<StorageInfo>;
}

let initialised = false;

// The timeline index's order: when it happened, then the id (code units, as IndexedDB sorts).
const byWhen = (a: TimelineEntry, b: TimelineEntry) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The open incident with one committed entry added (an entry older than the shown page comes
 * with 「さらに表示」, not twice). */
function withEntry(open: OpenIncident, entry: TimelineEntry): OpenIncident {
  const older = open.olderTimeline;
  const inWindow = !older || entry.at > older.at || (entry.at === older.at && entry.id > older.id);
  return {
    ...open,
    incident: { ...open.incident, updatedAt: entry.createdAt },
    timeline: inWindow ? [...open.timeline, entry].sort(byWhen) : open.timeline,
    timelineTotal: open.timelineTotal + 1,
  };
}

export const createIncidentsSlice: SliceCreator<IncidentsSlice> = (set, get) => {
  // A name stored by an older version may still hold a control character: not written again.
  const by = () => clean(get().responderName ?? '');
  // Re-read the open incident after one of its writes commits (cheap: one incident).
  // The incident a page asked for last: it may arrive later from another phone (team mode).
  let requested: string | null = null;
  const refresh = async (id: string) => {
    const open = get().openIncident;
    if (open?.incident.id === id || (!open && requested === id)) await get().loadIncident(id);
  };
  const patchIncident = (incident: Incident) => {
    const open = get().openIncident;
    if (open?.incident.id === incident.id) set({ openIncident: { ...open, incident } });
  };

  return {
    openIncident: null,
    openIncidentError: null,
    responderName: null,
    storageProblem: null,
    persistResult: null,

    initIncidents() {
      if (initialised) return;
      initialised = true;
      onConnectionLost((e) => set({ storageProblem: e.message }));
      onRemoteChange((m) => {
        if (m.part === 'settings') {
          void getResponderName().then(
            (responderName) => set({ responderName }),
            () => {},
          );
          return;
        }
        const open = get().openIncident;
        if (m.incidentId && (!open || open.incident.id === m.incidentId))
          void refresh(m.incidentId);
        if (get().incidentList.loaded) void get().loadIncidentList(get().incidentList.status);
      });
      getResponderName().then(
        (responderName) => set({ responderName }),
        (e: unknown) => set({ responderName: '', storageProblem: toStorageError(e).message }),
      );
      // Purge what has been in the trash for more than 30 days (quietly, once per start).
      // Their unsaved typed text goes with them.
      purgeTrash().then(clearUnsavedOf, () => {});
    },

    async loadIncident(id) {
      requested = id;
      try {
        // A refresh keeps as many entries as are shown (the person may have read further back).
        const open = get().openIncident;
        const shown = open?.incident.id === id ? open.timeline.length : 0;
        const snap = await loadIncidentView(id, Math.max(TIMELINE_PAGE, shown));
        if (!snap) {
          set({ openIncident: null, openIncidentError: { kind: 'not-found' } });
          return;
        }
        set({
          openIncidentError: null,
          openIncident: {
            incident: snap.incident,
            fields: Object.fromEntries(snap.fields.map((f) => [f.fieldId, f])),
            progress: Object.fromEntries(snap.progress.map((p) => [p.itemId, p])),
            timeline: snap.timeline.entries,
            timelineTotal: snap.timelineTotal,
            olderTimeline: snap.timeline.older,
          },
        });
      } catch (e) {
        set({ openIncidentError: { kind: 'storage', message: toStorageError(e).message } });
      }
    },

    async loadOlderTimeline(incidentId) {
      const open = get().openIncident;
      if (open?.incident.id !== incidentId || !open.olderTimeline) return;
      const page = await listOlderTimeline(incidentId, open.olderTimeline, TIMELINE_PAGE);
      const now = get().openIncident;
      if (now?.incident.id !== incidentId) return;
      set({
        openIncident: {
          ...now,
          timeline: [...page.entries, ...now.timeline],
          olderTimeline: page.older,
        },
      });
    },

    async startIncident(input) {
      // Record items the company filled in beforehand (備え); a start never fails for them.
      // (Its reader is loaded here, not with home: only a start needs it.)
      const prep = await loadPrepProfile().catch(() => null);
      const prefill = prep ? (await import('../../export/prep-text')).prefillFromPrep(prep) : [];
      // Typed text passes the one rule for control and bidi characters before it is stored.
      const { incident, first } = await createIncident(
        stripUnsafeDeep({ ...input, by: by(), prefill }),
      );
      if (first) {
        void requestPersistence().then((persistResult) => set({ persistResult }));
      }
      return incident;
    },

    dismissPersistResult() {
      set({ persistResult: null });
    },

    async saveResponderName(name) {
      await setResponderName(clean(name));
      set({ responderName: clean(name).trim() });
    },

    async setItem(incidentId, itemId, state, { log, at, note }) {
      // note/at only when the person edited them: storage keeps the stored ones otherwise.
      const { progress, logged } = await setProgress(
        { incidentId, itemId, state, by: by(), at, note: note === undefined ? note : clean(note) },
        { text: clean(log) },
      );
      // What was committed is shown as it is, without re-reading the incident.
      const open = get().openIncident;
      if (open?.incident.id !== incidentId) return;
      const withItem = { ...open, progress: { ...open.progress, [itemId]: progress } };
      set({ openIncident: logged ? withEntry(withItem, logged) : withItem });
    },

    async saveField(incidentId, fieldId, value, check) {
      const saved = await putField({
        incidentId,
        fieldId,
        value: clean(value),
        by: by(),
        ...check,
      });
      const open = get().openIncident;
      if (open?.incident.id === incidentId) {
        const fields = { ...open.fields, [saved.field.fieldId]: saved.field };
        set({ openIncident: { ...open, fields } });
      }
      // The other text went to the timeline: show it there too.
      if (saved.overwritten) void refresh(incidentId);
      return saved;
    },

    async addTimelineEntry(incidentId, text, at, corrects) {
      const entry = await appendTimeline({ incidentId, text: clean(text), by: by(), at, corrects });
      // Add the committed entry to what is shown, without re-reading the timeline.
      const open = get().openIncident;
      if (open?.incident.id === incidentId) set({ openIncident: withEntry(open, entry) });
    },

    async changeStatus(incidentId, status, log) {
      patchIncident(await updateIncidentStatus(incidentId, status, { text: clean(log), by: by() }));
      await refresh(incidentId);
    },

    async rename(incidentId, title) {
      patchIncident(await renameIncident(incidentId, clean(title)));
    },

    async changeTypes(incidentId, types, causes, log) {
      patchIncident(
        await setIncidentTypes(incidentId, types, causes, { text: clean(log), by: by() }),
      );
      await refresh(incidentId);
    },

    async changeDiscoveredAt(incidentId, iso, log) {
      patchIncident(await setDiscoveredAt(incidentId, iso, { text: clean(log), by: by() }));
      await refresh(incidentId);
    },

    storageInfo: () => getStorageInfo(),
  };
};
