import type { Messages } from '../namespace';
import type { incidentsChecklist } from '../ja/incidents-checklist';

const en: Messages<typeof incidentsChecklist> = {
  title: 'Checklist',
  overall: 'Overall',
  onlyOpen: 'Open items only',
  phaseCount: (done, total) => `${done}/${total} done`,
  noneOpen: 'No open items.',
  progress: (done, total, percent) => `: ${done} / ${total} (${percent}%)`,

  info: 'For reference: ',
  states: { done: 'Done', 'not-applicable': 'Not applicable', open: 'Open' },
  writeRecord: 'Fill in the items to organize',
  seeContacts: 'See where to ask and report',
  saving: 'Saving…',
  saved: 'Saved',
  savedBy: (state) => `${state} (`,
  savedAt: (at) => `, ${at}) saved`,
  noName: 'name not set',
  changeMore: 'Change the time or note',
  atLabel: 'Done at (date and time, Japan time)',
  noteLabel: 'Note',
  save: 'Save',
  noteShown: 'Note: ',

  nextTitle: 'Next steps',
  allDone: 'Every item of the checklist is settled.',
  seeAll: 'See the whole checklist',

  contactsTitle: 'Call first',
  noContacts: 'No contacts are registered yet. When things are calmer, add them in ',
  noContactsLink: 'Be prepared',
  noContactsAfter: ', and you can call them from here at once.',
};
export default en;
