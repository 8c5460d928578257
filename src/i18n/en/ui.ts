import type { Messages } from '../namespace';
import type { ui } from '../ja/ui';

const en: Messages<typeof ui> = {
  urgentTitle: 'Do this now',
  caution: 'Caution: ',
  showOriginal: 'Show the original Japanese (原文)',
  hideOriginal: 'Hide the original Japanese (原文)',
  loading: 'Loading…',
  loadFailed:
    'The content could not be loaded. Open it once while connected to a network; after that it works offline too.',
  retry: 'Try loading again',
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
  quotaUsed: (percent) => `⚠ ${percent} % of the storage you can use is in use. `,
  quotaAdvice:
    'When it is full, new photos and records cannot be saved. Make a backup, then delete records you no longer need, or free up space by tidying photos and apps on the device.',
  external: ' (needs a network, opens in another window)',
  extra: (source, asOf) => ` (Advice beyond the guide. Source: ${source}, as of ${asOf})`,
  noteAbout: ': what it means',
};
export default en;
