import type { SliceCreator } from '../../app/store';
import {
  listIncidents,
  listTrash,
  moveToTrash,
  restoreFromTrash,
  toStorageError,
  type Incident,
  type IncidentCursor,
  type IncidentStatus,
  type IncidentSummary,
} from '../../storage';

/** The list page's state. */
export interface IncidentListState {
  status: IncidentStatus | null;
  items: IncidentSummary[];
  next: IncidentCursor | null;
  loading: boolean;
  loaded: boolean;
  error: string | null;
}

/** The incident list (read page by page) and the trash. */
export interface IncidentListSlice {
  incidentList: IncidentListState;
  loadIncidentList(status: IncidentStatus | null): Promise<void>;
  loadMoreIncidents(): Promise<void>;
  trashIncident(id: string): Promise<void>;
  restoreIncident(id: string): Promise<void>;
  listTrash(): Promise<Incident[]>;
}

const emptyList: IncidentListState = {
  status: null,
  items: [],
  next: null,
  loading: false,
  loaded: false,
  error: null,
};

/** How many incidents one page of the list shows. */
export const PAGE_SIZE = 20;

/** The store's slice for the incident list, paged by index (PAGE_SIZE per page). */
export const createIncidentListSlice: SliceCreator<IncidentListSlice> = (set, get) => ({
  incidentList: emptyList,

  async loadIncidentList(status) {
    set({ incidentList: { ...get().incidentList, status, loading: true, error: null } });
    try {
      const page = await listIncidents({ status: status ?? undefined, limit: PAGE_SIZE });
      set({
        incidentList: {
          status,
          items: page.items,
          next: page.next,
          loading: false,
          loaded: true,
          error: null,
        },
      });
    } catch (e) {
      set({
        incidentList: {
          ...get().incidentList,
          loading: false,
          loaded: true,
          error: toStorageError(e).message,
        },
      });
    }
  },

  async loadMoreIncidents() {
    const list = get().incidentList;
    if (!list.next || list.loading) return;
    set({ incidentList: { ...list, loading: true } });
    try {
      const page = await listIncidents({
        status: list.status ?? undefined,
        limit: PAGE_SIZE,
        after: list.next,
      });
      const now = get().incidentList;
      set({
        incidentList: {
          ...now,
          items: [...now.items, ...page.items],
          next: page.next,
          loading: false,
        },
      });
    } catch (e) {
      set({
        incidentList: { ...get().incidentList, loading: false, error: toStorageError(e).message },
      });
    }
  },

  async trashIncident(id) {
    await moveToTrash(id);
    const list = get().incidentList;
    set({ incidentList: { ...list, items: list.items.filter((i) => i.id !== id) } });
  },

  async restoreIncident(id) {
    await restoreFromTrash(id);
    if (get().incidentList.loaded) void get().loadIncidentList(get().incidentList.status);
  },

  listTrash: () => listTrash(),
});
