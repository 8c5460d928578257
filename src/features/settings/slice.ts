import type { SliceCreator } from '../../app/store';
import { TRASH_DAYS } from '../../storage';

/** What the settings page shows beside the incidents slice's name, storage and trash. */
export interface SettingsSlice {
  /** How many days a deleted incident stays in the trash before it is purged. */
  trashDays: number;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = () => ({
  trashDays: TRASH_DAYS,
});
