// What home reads of the records: no state of its own, so a plain module rather than a store slice.
import {
  countIncidents,
  listIncidents,
  type IncidentCursor,
  type IncidentPage,
} from '../../storage';

/** One page of open incidents, newest activity first (read through the index). */
export const openIncidentsPage = (
  limit: number,
  after?: IncidentCursor | null,
): Promise<IncidentPage> => listIncidents({ status: 'open', limit, after });

/** How many incidents are open (not in the trash, not drills). */
export const countOpenIncidents = (): Promise<number> => countIncidents('open');
