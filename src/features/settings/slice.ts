// A plain module (no state): what the settings page reads from storage besides the store.
export { TRASH_DAYS } from '../../storage';
