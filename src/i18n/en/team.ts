import type { Messages } from '../namespace';
import type { team } from '../ja/team';

const en: Messages<typeof team> = {
  title: 'Team',
  whatTitle: 'One record for the whole team',
  what: 'Several people can read and write the same incident record, each on their own device. Each device works without a network too, and they exchange changes when connected.',
  sentBefore:
    'When turned on, the records on this device (checks, record items, answers and status of reports and notifications, progress log, title and status, evidence photos and files, preparations) are sent ',
  sentEncrypted: 'encrypted',
  sentAfter:
    ' to the team’s server. Encryption happens on this device, with a key made from the team passphrase, so the server stores only ciphertext it cannot read and meaningless identifiers. The server can see when data was sent and how big it is. Evidence files over 5 MB are not sent; only their record (file name, date and time, SHA-256) is.',
  server:
    'Server: the server this app is served from (set up by the person who runs it). The passphrase is not stored on this device; the key made from it and the password are.',
  sharing: 'Team sharing',
  sharingOn: 'Team sharing: on',
  sharingOff: 'Team sharing: off',
  loading: 'Loading…',
  joinedDb: 'Joined database “',
  joinedUser: '” as user “',
  joinedDevice: '”, with the device name “',
  joinedEnd: '”.',
  stop: 'Stop team sharing',
  stopped: 'Team sharing stopped. The records on this device stay as they are.',
  started: '✓ Team sharing started.',
  fields: {
    db: 'Team database',
    user: 'User name',
    password: 'Password',
    passphrase: 'Team passphrase',
    deviceName: 'Name of this device',
  },
  hints: {
    db: 'e.g. team-somu',
    passphrase:
      'Everyone in the team uses the same one. Records are encrypted with a key made from it.',
    deviceName: 'Others see it, so the progress log shows whose device an entry came from.',
  },
  test: 'Test the connection',
  testing: 'Checking…',
  start: 'Start team sharing',
  starting: 'Starting…',
  deriving: 'Making the key from the passphrase. This can take a few seconds…',
  testNew:
    '✓ Connected to the server. This team’s database is still empty: you can start it with this device’s passphrase.',
  testJoined: '✓ Connected to the server, and the team passphrase matches.',
  failed: 'Something went wrong. Please try again.',
  deviceOf: (name) => `${name}’s device`,
};
export default en;
