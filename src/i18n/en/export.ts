import type { Messages } from '../namespace';
import type { exportPage } from '../ja/export';

const en: Messages<typeof exportPage> = {
  title: 'Share and export',
  stages: { reading: 'Reading the record…', building: 'Making the document…' },
  notFound: 'This record was not found.',
  loadFailed: 'The record could not be read. Please reload the page.',
  toList: 'Back to the records',
  untitled: 'Record',
  kindsLegend: 'What to make',
  kinds: {
    'summary-short': 'Summary (short)',
    'summary-full': 'Summary (full)',
    markdown: 'Summary (Markdown)',
    'first-report': 'First notice to customers and partners (第一報)',
    'later-report': 'Follow-up or final notice (第二報・最終報)',
    ppc: 'Report to the Personal Information Protection Commission (個人情報保護委員会向け)',
    handover: 'Handover for the IT vendor or advisors (引継ぎ)',
    'deletion-request': 'Request to delete a misdirected e-mail (削除依頼)',
  },
  edited: 'Edited',
  languageLegend: 'Language of this document',
  japaneseOnly: 'This draft stays in Japanese: it is addressed to a Japanese authority or partner.',
  languageEdited:
    'Your edited text stays as it is. To get the text in the chosen language, press “Remake from the record”.',
  audienceLegend: 'Addressed to',
  audiences: {
    one: 'One person (one person affected)',
    many: 'Everyone concerned (several people affected)',
  },
  audienceEdited:
    'Your edited text stays as it is. To fit it to the addressee, press “Remake from the record”.',
  share: 'Share',
  copy: 'Copy',
  saveFile: 'Save as a file',
  print: 'Print',
  actions: { share: 'share', copy: 'copy', save: 'save' },
  placeholdersLeft: (count: number, action: string) =>
    `${count} place(s) are still to be filled in. Do you want to ${action} it as it is?`,
  goBack: 'Go back and fill in',
  goAnyway: (action: string) => `Yes, ${action} as it is`,
  textLabel: 'Text (you can edit it before sending; your edits are kept on this device)',
  remake: 'Remake from the record (discard your edits)',
  draftNotSaved: (reason: string) =>
    `Your edits could not be saved. ${reason} The text on the screen is still there: copy it to keep it.`,
  draftTooLong: (limit: string) => `Too long (up to ${limit} characters).`,
  draftSaving: 'Edited, saving…',
  draftSaved: 'Edited, saved',
  printLabel: (label: string) => `For printing: ${label}`,
  outcomes: {
    shared: 'Shared.',
    copied: 'Copied. Paste it into a chat or an e-mail.',
    saved: 'Saved (check the downloaded file).',
    'copied-saved':
      'This device cannot open the share screen, so the text was copied and also saved as a file.',
    failed: 'Could not copy or save. Press and hold the text, select it, and copy it.',
  },

  passphraseTooShort: (min: number) => `Use a passphrase of at least ${min} characters.`,
  passphraseMismatch: 'The two passphrases do not match.',
  passphraseLabel: (min: number) => `Passphrase (at least ${min} characters)`,
  passphraseAgain: 'Passphrase (again)',
  passphraseWarning:
    'The passphrase is a password that protects this file; you need it to restore the file. If you forget it, nobody can open the file. Write it down somewhere else.',
  encrypting: 'Encrypting…',

  sendHeading: 'Send to another device (without a network)',
  sendIntro:
    'Makes this record into an encrypted file and sends it to another device by AirDrop, Nearby Share, LINE, e-mail and so on. On the other device, open Settings → Backup and restore → Restore, choose the file and enter the same passphrase: the record is merged with what is there (where both have the same item, the newer one is kept).',
  sendShare: 'Encrypt and send',
  sendSave: 'Save the encrypted file',
  sendFailed: 'The file could not be made. Please try again.',
  sendFileTitle: 'A record from Incident Response Navi',
};
export default en;
