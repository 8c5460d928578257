import type { Messages } from '../namespace';
import type { notfound } from '../ja/notfound';

const en: Messages<typeof notfound> = {
  title: 'Page not found',
  text: 'There is no such page. Use the menu below or the link here.',
  home: 'Back to home',
};
export default en;
