import type { Messages } from '../namespace';
import type { incidentsRecords } from '../ja/incidents-records';

const en: Messages<typeof incidentsRecords> = {
  itemsFailed:
    'The explanations of the items could not be loaded. Open this page again once while connected to a network.',
  change: 'Change',
  timelineLink: (n) => `See the timeline (${n} ${n === 1 ? 'entry' : 'entries'})`,
  fiveW1H: 'Sort it out with the 5W1H (who, what, when, where, why, how)',
  fromPrep: 'Filled in from “Be prepared” (平時の備え); you can change it',
  saveAgain: 'Save again',
  unsaved: 'Not saved: ',
  unsavedRestored: 'What you typed last time could not be saved; it is back. ',
  unsavedKept:
    'Until it can be saved, this text is kept on this device for now (it stays even if you go to another screen).',
  conflictBefore:
    'Another tab had saved this field first. Your text is saved; the earlier text is kept in the ',
  conflictLink: 'timeline',
  conflictAfter: '.',
  timelineTitle: 'Timeline',
  timelineIntro:
    'Entries are never deleted. To fix a mistake, add a correction: it is kept as a new entry.',
  kinds: {
    created: 'Start',
    note: 'Note',
    item: 'Checklist',
    status: 'Status',
    field: 'Change',
    reporting: 'Report',
    correction: 'Correction',
    conflict: 'Earlier text',
    evidence: 'Evidence',
    'reporting-status': 'Report',
  },
  newLabel: 'Record what happened',
  newSubmit: 'Record',
  older: (n) => `Show more (${n} earlier ${n === 1 ? 'entry' : 'entries'})`,
  correctLabel: 'The correction',
  correctSubmit: 'Record the correction',
  correct: 'Correct',
  device: ' (device: ',
  deviceClose: ')',
  restored: (submit) =>
    `Not recorded yet: what you typed last time on this device is back. “${submit}” records it.`,
  when: 'When (Japan time)',
  whenHint: 'Leave it empty for the time you record it. For something earlier, enter its time.',
  cancel: 'Cancel',
  saving: 'Saving…',
  saved: '✓ Saved',
};
export default en;
