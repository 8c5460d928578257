import type { Messages } from '../namespace';
import type { prepReminder } from '../ja/prep-reminder';

const easy: Messages<typeof prepReminder> = {
  label: 'ふだんの準備の見直し',
  text: (months) =>
    `前に準備をチェックしてから、${months}か月たちました。連絡先や担当の人が変わっていないか、見てください。`,
  link: 'ふだんの準備を見直す',
};
export default easy;
