import type { Messages } from '../namespace';
import type { exportBackup } from '../ja/export-backup';

const en: Messages<typeof exportBackup> = {
  pageTitle: 'Backup and restore',
  backupHeading: 'Backup',
  backupIntro:
    'Saves every record and setting on this device in one file. Keep it off this device (on a computer or in the cloud) in case the phone is replaced, broken or lost.',
  includeEvidence: (count: number, size: string) =>
    `Include the evidence photos and files (${count}, ${size})`,
  evidenceLarge: (size: string) =>
    `The evidence files are large (${size} or more), so they are left out at first. `,
  evidenceNote:
    'Left out or not, the evidence records (file name, time, SHA-256) are in the backup. The original files can be saved as an evidence package from each record’s “Evidence” page.',
  encrypt: 'Encrypt with a passphrase (recommended)',
  making: 'Making the backup…',
  backupTitle: 'Backup of Incident Response Navi',
  backupCounts: (incidents: number, evidence: string) => ` (${incidents} records${evidence})`,
  evidenceFiles: (count: number) => `, ${count} evidence files`,
  evidenceLeftOut: (count: number) => `, ${count} evidence records without their files`,
  backupFailed: 'The backup could not be made. Please try again.',
  backupTooLarge:
    'There are too many records for one backup file (it would be too large to restore). Make it without the evidence photos and files, or empty the trash to have fewer records, then try again.',

  restoreHeading: 'Restore',
  restoreIntro:
    'Brings the records of a backup file back to this device. The records already here are not deleted (where both have the same record, the newer one is kept). This device’s settings (your name, the backup reminder) do not change.',
  chooseFile: 'Choose a backup file',
  passphrase: 'Passphrase',
  openFile: 'Open the file',
  checkingFile: 'Checking the file…',
  phases: { check: 'Checking the records', write: 'Writing to this device' },
  progress: (phase: string, done: string, total: string) => `${phase}… ${done} / ${total}`,
  unchanged: 'Nothing on this device was changed.',
  nothingToRestore: 'There is nothing in this file to restore.',
  madeAt: (at: string, incidents: string) => `A backup made on ${at} JST (${incidents} records).`,
  someNotRestorable:
    'Some records of this file cannot be restored on this device. The other records can be restored (the ones that cannot are not written).',
  restoreSome: (count: string) => `Restore only what can be restored (${count})`,
  restoreAll: 'Restore to this device',
  skipped: (count: string) => ` (records not restored: ${count})`,

  restored: (lines: string) => `Restored. ${lines}.`,
  restoredNothing: 'Restored. The records on this device were already up to date: nothing changed.',
  lineSeparator: '. ',
  partSeparator: ', ',
  added: (parts: string) => `Added: ${parts}`,
  updated: (parts: string) => `Updated: ${parts}`,
  countIncidents: (n: number) => `${n} records`,
  countRecords: (n: number) => `${n} items, checks, timeline entries and so on`,
  countSettings: (n: number) => `${n} settings`,
  countPrep: (n: number) => `${n} preparation entries`,
  countEvidenceFiles: (n: number) => `${n} evidence files (SHA-256 checked)`,
  debriefsAdded: (n: number) => `${n} drill debriefs were added to the past drills`,
  keptNewerPrep: (n: number) =>
    `${n} preparation entries were newer on this device and were kept as they are`,

  filesVerified: (n: string) =>
    `✓ Checked that the SHA-256 of ${n} evidence files matches the recorded values.`,
  filesAbsent: (n: string) =>
    `${n} evidence records were backed up without their files (only the file name, time and SHA-256 are restored).`,
  chainsIntact: (n: string) => `✓ Checked that the timeline of ${n} records was not rewritten.`,
  legacyChained: (n: string) =>
    `This backup was made by an earlier version. ${n} timeline entries get a check value as they are restored (marked as “from an earlier version”).`,
  chainsBroken: '⚠ In this file, the timeline of the following records is broken.',
  chainsBrokenAdvice:
    'They can be restored, but the app does not repair them. Compare them with your own copy.',
  untitled: '(no title)',

  problemsHeading: (count: string) => `Records not restored (${count}):`,
  problemsMore: (count: string) => `and ${count} more`,
  problemNamed: '{what} “{title}”',
  problemNth: (what: string, n: number) => `${what} (no. ${n})`,
  problemOfRecord: '{what} of the record “{title}”',
  problemReason: ': ',
  stores: {
    incidents: 'Record',
    fields: 'Record item',
    progress: 'Checklist item',
    timeline: 'Timeline entry',
    reporting: 'Reporting record',
    drafts: 'Edited share draft',
    prep: 'Preparation entry',
    settings: 'Setting',
    evidence: 'Evidence record',
    evidenceFiles: 'Evidence file',
  },
  reasons: {
    invalid: 'part of it is not valid',
    'unknown-type':
      'it names a kind of incident this app does not have (perhaps made by a newer version)',
    'unknown-cause': 'it names a cause this app does not have (perhaps made by a newer version)',
    'unknown-item': 'a checklist item this app does not have (perhaps made by a newer version)',
    duplicate: 'the same record is in the file twice (the second is not restored)',
    orphan: 'its record is not restored, so it is not either',
    'unlisted-file': 'a file not in the evidence records, so it is not restored',
  },

  errorTooLarge: (size: string, limit: string) =>
    `The file is too large${size && ` (${size})`}. This device can restore up to${limit && ` ${limit}`} at once. Check that it is a backup file.`,
  errorNoSpace: (free: string, size: string) =>
    `The free space on this device${free && ` (about ${free})`} is not enough to restore this backup${size && ` (about ${size})`}. Free up space by removing files or apps you do not need, then try again.`,
  errorNotJson: 'The file could not be read as a backup. It is cut short, or it is another file.',
  errorNotBackup: 'This is not a backup file of Incident Response Navi.',
  errorVersion: (version: string) =>
    `This backup was made by a newer version of Incident Response Navi${version && ` (${version})`}, so this app cannot read it. Update the app to the latest version, then try again.`,
  errorInvalid: 'Part of the backup file is not valid. The file is damaged or was changed.',
  errorEvidenceTampered: (file: string) =>
    `The contents of the evidence file${file && ` “${file}”`} do not match its recorded SHA-256. It was changed or damaged after the backup was made. To keep the evidence trustworthy, this backup is not restored.`,
  errorNeedsPassphrase: 'This backup is encrypted. Enter its passphrase.',
  errorWrongPassphrase:
    'The file could not be opened: the passphrase is wrong, or the file is damaged (or was changed).',
  errorCryptoUnavailable:
    'This browser cannot encrypt or decrypt. Please try with an up-to-date browser.',
  errorContentUnavailable:
    'The guide’s content, needed to check the file’s records, could not be loaded. Reload the page, then try again.',
};
export default en;
