import type { Messages } from '../namespace';
import type { incidentsEvidence } from '../ja/incidents-evidence';

const en: Messages<typeof incidentsEvidence> = {
  title: 'Evidence (photos and files)',
  intro:
    'Each file is kept exactly as it is, with its SHA-256 (a fingerprint of the file). Photograph an infected screen with another phone, without turning the computer off.',
  backupNote:
    'Photos and files are included in this device’s backup (large ones can be left out). When you hand them to the police or your IT vendor, save the evidence list (証拠一覧) with them.',
  savedLog: (name, bytes, sha256) =>
    `Evidence saved: ${name} (${bytes.toLocaleString('en-US')} bytes) SHA-256: ${sha256}`,
  savedLogAttached: (where, text) => `\nAttached to: ${where} “${text}”`,
  savedLogNote: (note) => `\nNote: ${note}`,
  photoName: 'Photo',
  attachedTo: { item: 'Checklist item', entry: 'Timeline entry' },
  quoteOpen: ' “',
  quoteClose: '”',
  attachPrefix: 'Attached to: ',
  attachNext: ' (the next file you save is attached to it)',
  attachRemove: 'Do not attach',
  noteLabel: 'Note (optional; attached to the next file you save)',
  camera: 'Take a photo and save it',
  file: 'Choose a file and save it',
  saving: 'Saving…',
  saved: (name) => `Saved: ${name}`,
  listTitle: (count, total) =>
    `Evidence list (${count} ${count === 1 ? 'item' : 'items'}${total ? `, ${total} in all` : ''})`,
  saveOriginal: 'Save the original file',
  saveListText: 'Save the evidence list (text)',
  saveListCsv: 'Save the evidence list (CSV)',
  savePackage: 'Save the evidence package (ZIP)',
  packing: 'Building…',
  packed: 'The evidence package was saved.',
  packFailed:
    'The evidence package could not be built. Check the free space on this device and try again.',
  packageHelp:
    'The evidence package is one ZIP file with every original file and the evidence list (text and CSV). Use it to hand the evidence to the police or your IT vendor. Whoever receives it can check each file’s SHA-256 against the list.',
  empty: 'No evidence yet.',
  loading: 'Loading…',
  noFile:
    'The original file is not on this device. This record was restored from a backup made without the evidence files (the file name, time and SHA-256 are kept). Get the file from the original device, or from a backup that includes the files.',
  fileElsewhere: (phone) =>
    `The original file is on another device (${phone}). Files over 5 MB are not shared in the team: only their record (file name, time, SHA-256) is. Get the file from that device.`,
  fileLabel: 'File',
  fileKind: (type, size) => ` (${type}, ${size})`,
  unknownType: 'type unknown',
  savedAt: 'Saved at (this device’s clock)',
  by: 'Recorded by',
  nobody: '(not given)',
  shaShort: 'SHA-256 (short)',
  originalLabel: 'Original file',
  attachLabel: 'Attached to',
  memo: 'Note',
  count: (n) => `📎 Evidence: ${n}`,
  attach: 'Attach a photo or file',
};
export default en;
