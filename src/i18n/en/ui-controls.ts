import type { Messages } from '../namespace';
import type { uiControls } from '../ja/ui-controls';

const en: Messages<typeof uiControls> = {
  cancel: 'Cancel',
  atLimit: (max) => `You can enter up to ${max.toLocaleString('en')} characters.`,
  charsLeft: (left) => `${left.toLocaleString('en')} characters left.`,
  saving: 'Saving…',
  saved: '✓ Saved',
  unsaved: 'There are unsaved changes',
  copied: 'Copied',
  copyFailed: (text) => `Could not copy. Press and hold to select it: ${text}`,
  call: 'Call',
  mail: 'E-mail',
  copyNumber: 'Copy the number',
  copyAddress: 'Copy the address',
  labelFor: (label, who) => `${label} (${who})`,
  deputyOf: (role, name) => `Stand-in for ${role} ${name}`,
  tell: 'What to tell them: ',
  phoneLabel: 'Phone: ',
  checkNumber: ' (please check the number)',
  mailLabel: 'E-mail: ',
  checkAddress: ' (please check the address)',
  noNumberYet: 'No phone number or e-mail address is registered yet (add them in ',
  prepLink: 'Preparation (平時の備え)',
  noNumberYetEnd: ').',
  policyNumber: 'Policy number: ',
  quotaUsed: (percent) => `⚠ ${percent} % of the storage you can use is in use. `,
  quotaAdvice:
    'When it is full, new photos and records cannot be saved. Make a backup, then delete records you no longer need, or free up space by tidying photos and apps on the device.',
};
export default en;
