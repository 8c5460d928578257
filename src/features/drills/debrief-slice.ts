// A plain module (no state): the kept ふりかえり, read and written by the drill pages only
// (imported from its own module so that it stays in the drills chunk, out of the home bundle).
import {
  deleteDrillDebrief,
  listDrillDebriefs,
  saveDrillDebrief,
} from '../../storage/drill-debriefs';
import { toStorageError, type DrillDebrief } from '../../storage';

/** Every kept debrief, oldest first; rejects with a calm StorageError message. */
export function loadDebriefs(): Promise<DrillDebrief[]> {
  return listDrillDebriefs().catch((e: unknown) => Promise.reject(toStorageError(e)));
}

/** Keeps one debrief (replacing the drill's earlier one); resolves after the commit. */
export function keepDebrief(debrief: DrillDebrief): Promise<void> {
  return saveDrillDebrief(debrief).catch((e: unknown) => Promise.reject(toStorageError(e)));
}

/** Deletes one kept debrief (its drill, if still there, goes to the trash); after the commit. */
export function forgetDebrief(incidentId: string): Promise<void> {
  return deleteDrillDebrief(incidentId).catch((e: unknown) => Promise.reject(toStorageError(e)));
}
