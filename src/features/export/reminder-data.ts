// The backup reminder's only need: a count, without the backup code itself.
import { changedSinceBackup } from '../../storage/backup-repo';
export { BACKUP_COUNT_CAP } from '../../storage/backup-repo';

/** How many incidents changed since the last backup (and when that was). */
export const backupStatus = changedSinceBackup;
