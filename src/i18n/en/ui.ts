import type { Messages } from '../namespace';
import type { ui } from '../ja/ui';

const en: Messages<typeof ui> = {
  weekdays: { sun: 'Sun', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat' },
  urgentTitle: 'Do this now',
  caution: 'Caution: ',
  showOriginal: 'Show the original Japanese (原文)',
  hideOriginal: 'Hide the original Japanese (原文)',
  loading: 'Loading…',
  loadFailed:
    'The content could not be loaded. Open it once while connected to a network; after that it works offline too.',
  retry: 'Try loading again',
  external: ' (needs a network, opens in another window)',
  futureTime:
    'That time is in the future. Please check the year, month, day and time. Everything you entered is still here.',
  extra: (source, asOf) => ` (Advice beyond the guide. Source: ${source}, as of ${asOf})`,
  noteAbout: ': what it means',
  bytes: (n) => (n === 1 ? '1 byte' : `${n} bytes`),
  kilobytes: (n) => `${n} KB`,
  megabytes: (n) => `${n} MB`,
};
export default en;
