import type { Messages } from '../namespace';
import type { prepReminder } from '../ja/prep-reminder';

const easy: Messages<typeof prepReminder> = {
  label: '備えの見直し',
  text: (months) =>
    `前に備えを点検してから、${months}か月たちました。連絡先や担当の人が変わっていないか、見てください。`,
  link: '備えを見直す',
};
export default easy;
