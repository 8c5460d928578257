import type { SliceCreator } from '../../app/store';
import {
  appendTimeline,
  createIncident,
  getResponderName,
  getStorageInfo,
  loadIncidentSnapshot,
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
  type FieldValue,
  type Incident,
  type IncidentStatus,
  type ProgressEntry,
  type StorageInfo,
  type TimelineEntry,
} from '../../storage';
import { prefillFromPrep } from '../../export/prep-text';

/** The incident open on screen, as last read from storage. */
export interface OpenIncident {
  incident: Incident;
  fields: Record<string, FieldValue>;
  progress: Record<string, ProgressEntry>;
  timeline: TimelineEntry[];
}

/** What a person fills in to start an incident. */
export interface StartInput {
  title: string;
  types: string[];
  causes: string[];
  discoveredAt: string;
  /** Text of the first timeline entry. */
  log: string;
}

/** The open incident, its writes, the responder's name (the list is in list-slice.ts). */
export interface IncidentsSlice {
  openIncident: OpenIncident | null;
  /** Why the open incident could not be shown (not found, storage error). */
  openIncidentError: string | null;
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
  saveField(incidentId: string, fieldId: string, value: string): Promise<void>;
  addTimelineEntry(incidentId: string, text: string, at?: string, corrects?: string): Promise<void>;
  changeStatus(incidentId: string, status: IncidentStatus, log: string): Promise<void>;
  rename(incidentId: string, title: string): Promise<void>;
  changeTypes(incidentId: string, types: string[], causes: string[], log: string): Promise<void>;
  changeDiscoveredAt(incidentId: string, iso: string, log: string): Promise<void>;
  /** Whether storage is persistent and how much is used (never throws). */
  storageInfo(): Promise<StorageInfo>;
}

let initialised = false;

export const createIncidentsSlice: SliceCreator<IncidentsSlice> = (set, get) => {
  const by = () => get().responderName ?? '';
  // Re-read the open incident after one of its writes commits (cheap: one incident).
  const refresh = async (id: string) => {
    if (get().openIncident?.incident.id === id) await get().loadIncident(id);
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
        if (m.incidentId && open?.incident.id === m.incidentId) void refresh(m.incidentId);
        if (get().incidentList.loaded) void get().loadIncidentList(get().incidentList.status);
      });
      getResponderName().then(
        (responderName) => set({ responderName }),
        (e: unknown) => set({ responderName: '', storageProblem: toStorageError(e).message }),
      );
      // Purge what has been in the trash for more than 30 days (quietly, once per start).
      purgeTrash().catch(() => {});
    },

    async loadIncident(id) {
      try {
        const snap = await loadIncidentSnapshot(id);
        if (!snap) {
          set({ openIncident: null, openIncidentError: 'この対応記録は見つかりませんでした。' });
          return;
        }
        set({
          openIncidentError: null,
          openIncident: {
            incident: snap.incident,
            fields: Object.fromEntries(snap.fields.map((f) => [f.fieldId, f])),
            progress: Object.fromEntries(snap.progress.map((p) => [p.itemId, p])),
            timeline: snap.timeline,
          },
        });
      } catch (e) {
        set({ openIncidentError: toStorageError(e).message });
      }
    },

    async startIncident(input) {
      // Record items the company filled in beforehand (備え); a start never fails for them.
      const prep = await loadPrepProfile().catch(() => null);
      const prefill = prep ? prefillFromPrep(prep) : [];
      const { incident, first } = await createIncident({ ...input, by: by(), prefill });
      if (first) {
        void requestPersistence().then((persistResult) => set({ persistResult }));
      }
      return incident;
    },

    dismissPersistResult() {
      set({ persistResult: null });
    },

    async saveResponderName(name) {
      await setResponderName(name);
      set({ responderName: name.trim() });
    },

    async setItem(incidentId, itemId, state, { log, at, note }) {
      // note/at only when the person edited them: storage keeps the stored ones otherwise.
      const entry = await setProgress(
        { incidentId, itemId, state, by: by(), at, note },
        { text: log },
      );
      const open = get().openIncident;
      if (open?.incident.id === incidentId) {
        set({ openIncident: { ...open, progress: { ...open.progress, [itemId]: entry } } });
      }
      void refresh(incidentId);
    },

    async saveField(incidentId, fieldId, value) {
      const field = await putField({ incidentId, fieldId, value, by: by() });
      const open = get().openIncident;
      if (open?.incident.id === incidentId) {
        set({ openIncident: { ...open, fields: { ...open.fields, [fieldId]: field } } });
      }
    },

    async addTimelineEntry(incidentId, text, at, corrects) {
      await appendTimeline({ incidentId, text, by: by(), at, corrects });
      await refresh(incidentId);
    },

    async changeStatus(incidentId, status, log) {
      patchIncident(await updateIncidentStatus(incidentId, status, { text: log, by: by() }));
      await refresh(incidentId);
    },

    async rename(incidentId, title) {
      patchIncident(await renameIncident(incidentId, title));
    },

    async changeTypes(incidentId, types, causes, log) {
      patchIncident(await setIncidentTypes(incidentId, types, causes, { text: log, by: by() }));
      await refresh(incidentId);
    },

    async changeDiscoveredAt(incidentId, iso, log) {
      patchIncident(await setDiscoveredAt(incidentId, iso, { text: log, by: by() }));
      await refresh(incidentId);
    },

    storageInfo: () => getStorageInfo(),
  };
};
