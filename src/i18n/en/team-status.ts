import type { Messages } from '../namespace';
import type { teamStatus } from '../ja/team-status';

const en: Messages<typeof teamStatus> = {
  states: {
    starting: 'Team: connecting…',
    receiving: 'Team: saving the records received…',
    synced: 'Team: ✓ in sync',
    pending: 'Team: not sent yet',
    offline: 'Team: offline',
    error: 'Team: error',
  },
  pendingCount: (n) => `Team: ${n} not sent yet`,
  pendingAfter: (n) => `, ${n} not sent yet`,
  offlineNote: ' (records are saved on this device and sent once connected)',
};
export default en;
