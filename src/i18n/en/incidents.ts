import type { Messages } from '../namespace';
import type { incidents } from '../ja/incidents';

const openNote = (open: number) =>
  open === 1
    ? '1 checklist item is still open. '
    : open
      ? `${open} checklist items are still open. `
      : '';

const en: Messages<typeof incidents> = {
  status: { open: 'In progress', recovered: 'Recovered', closed: 'Closed' },
  facts: (discovered, since) => ` · Discovered ${discovered} JST (${since} ago)`,

  listTitle: 'Incident records',
  listIntro: 'Records are kept on this device only.',
  start: 'Start a response',
  settings: 'Settings',
  filterLabel: 'Filter by status',
  filterAll: 'All',
  noneWithStatus: (status) => `No records with the status “${status}”.`,
  none: 'No records yet.',
  more: 'Show more',
  rowProgress: 'Progress',

  newIntro: 'You can change all of this later. Leave what you do not know as it is.',
  titleLabel: 'Title',
  discoveredLabel: 'Discovered (date and time, Japan time)',
  discoveredMissing: 'Please enter when it was discovered.',
  responderLabel: 'Your name (recorded as “who” did each step)',
  submit: 'Start the response',
  saving: 'Saving…',
  pickLegend: 'What happened? (choose one or more)',
  pickTypes: {
    virus: 'Virus infection',
    ransomware: 'Ransomware infection',
    leak: 'Data leak',
    outage: 'System outage',
  },
  causesLegend: 'Cause (if known)',

  notFound: 'This incident record was not found.',
  toList: 'Back to the incident records',
  loading: 'Loading…',
  checklistLoading: 'Loading the checklist…',
  checklistFailed:
    'The checklist could not be loaded. Please open it again once where you have a connection.',
  photoFirst: 'First, photograph the infected screen',
  navLabel: 'Pages of this incident record',
  nav: {
    checklist: 'Checklist',
    record: 'Items to organize',
    timeline: 'Timeline',
    evidence: 'Evidence',
    reporting: 'Reports and notifications (報告・届出)',
    share: 'Share and export',
  },

  actionsTitle: 'Change the status',
  reopen: 'Back to in progress',
  recoverAsk: 'Mark as recovered…',
  recover: 'Mark as recovered',
  recoverQuestion: (open) =>
    `${openNote(open)}Mark as recovered? The “Do this now” card will no longer show. You can undo this at any time with “Back to in progress”.`,
  close: 'Close the response…',
  closeQuestion: (open) =>
    `${openNote(open)}Close this response? It will leave the home screen’s ongoing records and upcoming report deadlines, so first check that no report or notification is still due. The record stays, and “Back to in progress” reopens it at any time.`,
  closeConfirm: 'Close it',
  editSummary: 'Change the title, type or discovery time',
  saveTitle: 'Save the title',
  saveDiscovered: 'Save the discovery time',
  saveTypes: 'Save the type',
  saved: '✓ Saved',
  trash: 'Delete this incident record…',
  trashQuestion:
    'Move this incident record to the trash? For 30 days you can restore it from the trash in Settings.',
  trashConfirm: 'Move to the trash',

  persisted: 'The records on this device are protected.',
  dismiss: 'Close',
  persistTitle: 'Keeping your records safe',
  persistAdvice:
    'In this browser, records may be deleted when the device runs low on space. Adding the app to the home screen (installing it) makes them more likely to stay. To be safe, make a backup as well.',
  backup: 'Make a backup',
  responderHint: 'Kept on this device only. You can change it later in Settings.',
  save: 'Save',
  reload: 'Reload',

  chainChecking: 'Checking that the record has not been altered…',
  chainUnknown: 'Could not check whether the record was altered. Please reload the page.',
  chainBroken: '⚠ The record’s chain is broken.',
  chainBrokenAdvice:
    'The app does not repair it. Compare it with a copy you exported, and write down in the record what happened.',
  chainOk: (count) => `✓ The record has not been altered (${count} entries checked)`,
  chainHead: '. Check value ',
  chainHeadUntil: ' (up to ',
  chainHeadEnd: ')',
};
export default en;
