import type { Messages } from '../namespace';
import type { exportReminder } from '../ja/export-reminder';

const en: Messages<typeof exportReminder> = {
  label: 'Backup reminder',
  never:
    'You have not made a backup yet. Save the records in a file in case the phone breaks or is lost.',
  changed: (count: string) => `${count} changed since the last backup.`,
  count: (n: number) => (n === 1 ? '1 record' : `${n} records`),
  atLeast: (n: number) => `${n} or more records`,
  backUp: 'Back up',
};
export default en;
