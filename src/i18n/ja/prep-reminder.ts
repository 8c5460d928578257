import { namespace } from '../namespace';

/** The reminder on home to review 備え (src/features/prep/PrepReminder.tsx), kept small. */
export const prepReminder = namespace('prep-reminder', {
  label: '備えの見直し',
  text: (months: number) =>
    `前回の備えの点検から${months}か月が過ぎました。連絡先や担当者が変わっていないか、見直しておきましょう。`,
  link: '備えを見直す',
});
