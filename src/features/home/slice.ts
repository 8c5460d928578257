import type { SliceCreator } from '../../app/store';
import { listIncidents, type IncidentSummary } from '../../storage';

/** What the home page reads of the records. */
export interface HomeSlice {
  /** The most recently active open incident, or null when none is open. */
  latestOpenIncident(): Promise<IncidentSummary | null>;
}

export const createHomeSlice: SliceCreator<HomeSlice> = () => ({
  latestOpenIncident: () =>
    listIncidents({ status: 'open', limit: 1 }).then((page) => page.items[0] ?? null),
});
