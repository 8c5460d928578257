import type { SliceCreator } from '../../app/store';
import {
  countIncidents,
  listIncidents,
  type IncidentCursor,
  type IncidentPage,
  type IncidentSummary,
} from '../../storage';

/** What the home page reads of the records. */
export interface HomeSlice {
  /** The most recently active open incident, or null when none is open. */
  latestOpenIncident(): Promise<IncidentSummary | null>;
  /** One page of open incidents, newest activity first (read through the index). */
  openIncidentsPage(limit: number, after?: IncidentCursor | null): Promise<IncidentPage>;
  /** How many incidents are open (not in the trash). */
  countOpenIncidents(): Promise<number>;
}

export const createHomeSlice: SliceCreator<HomeSlice> = () => ({
  latestOpenIncident: () =>
    listIncidents({ status: 'open', limit: 1 }).then((page) => page.items[0] ?? null),
  openIncidentsPage: (limit, after) => listIncidents({ status: 'open', limit, after }),
  countOpenIncidents: () => countIncidents('open'),
});
